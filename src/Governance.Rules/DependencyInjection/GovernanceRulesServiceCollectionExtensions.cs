using Governance.Rules.Certification;
using Governance.Rules.Compensation;
using Governance.Rules.ElderlyCare;
using Governance.Rules.Packs;
using Governance.Rules.Staffing;
using Governance.Rules.TaskAdmission;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Governance.Rules;

/// <summary>Registers Governance.Rules with a service container.</summary>
public static class GovernanceRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers the rule pack and every rule-area evaluator as thread-safe singletons, and the system clock
    /// unless the host registered its own <see cref="IClock"/> first.
    /// </summary>
    /// <remarks>
    /// The options are checked and the pack is loaded here, so a wrong pack id or a bad layer file fails at
    /// start-up with every error listed. The pack is the one <see cref="GovernanceRulesOptions.PackId"/> names, else the
    /// deepest of <see cref="GovernanceRulesOptions.LayerFiles"/> (see <see cref="RulePacks.TryLoadSelected"/>), else
    /// Suzhou's; its stamp names the layer used. Registration uses TryAdd: a second call changes nothing.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Chooses the pack and extra layer files.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException">The pack id is blank, or a layer file name is null.</exception>
    /// <exception cref="RulePackLoadException">The pack or a layer file does not load, or the layer files do not form one chain.</exception>
    public static IServiceCollection AddGovernanceRules(this IServiceCollection services, Action<GovernanceRulesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(RulePack)))
        {
            return services;
        }

        var options = new GovernanceRulesOptions();
        configure?.Invoke(options);
        if (options.PackId is not null && string.IsNullOrWhiteSpace(options.PackId))
        {
            throw new ArgumentException("GovernanceRulesOptions.PackId must name a rule pack, for example " + RulePacks.SuzhouId + ", or be null for the deepest layer file.", nameof(configure));
        }

        if (options.LayerFiles.Any(f => f is null))
        {
            throw new ArgumentException("GovernanceRulesOptions.LayerFiles holds a null file name.", nameof(configure));
        }

        var pack = RulePacks.TryLoadSelected(options.PackId, [.. options.LayerFiles.Select(RulePackSource.FromFile)]).GetPackOrThrow();

        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(pack);
        services.TryAddSingleton(sp => new StaffingQuotaCalculator(sp.GetRequiredService<RulePack>(), sp.GetRequiredService<IClock>()));
        services.TryAddSingleton(sp => new ElderlyCareCalculator(sp.GetRequiredService<RulePack>(), sp.GetRequiredService<IClock>()));
        services.TryAddSingleton(sp => new AdmissionReviewer(sp.GetRequiredService<RulePack>(), sp.GetRequiredService<IClock>()));
        services.TryAddSingleton(sp => new StampDecider(sp.GetRequiredService<RulePack>(), sp.GetRequiredService<IClock>()));
        services.TryAddSingleton(sp => new CommunityWorkerPayCalculator(sp.GetRequiredService<RulePack>(), sp.GetRequiredService<IClock>()));
        services.TryAddSingleton(sp => new PayFloorChecker(sp.GetRequiredService<RulePack>(), sp.GetRequiredService<IClock>()));
        return services;
    }
}
