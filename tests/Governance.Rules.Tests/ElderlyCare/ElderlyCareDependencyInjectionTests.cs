using Governance.Rules.ElderlyCare;
using Governance.Rules.Packs;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.Rules.Tests.ElderlyCare;

public sealed class ElderlyCareDependencyInjectionTests
{
    [Fact]
    public void The_calculator_is_registered_once_as_a_singleton_over_the_registered_pack()
    {
        var services = new ServiceCollection().AddGovernanceRules().AddGovernanceRules();
        Assert.Single(services, d => d.ServiceType == typeof(ElderlyCareCalculator));
        using var provider = services.BuildServiceProvider();
        var calc = provider.GetRequiredService<ElderlyCareCalculator>();
        Assert.Same(calc, provider.GetRequiredService<ElderlyCareCalculator>());
        Assert.Same(provider.GetRequiredService<RulePack>(), calc.Pack);
    }
}
