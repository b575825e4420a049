using Governance.Rules.Certification;
using Governance.Rules.Compensation;
using Governance.Rules.Packs;
using Governance.Rules.Staffing;
using Governance.Rules.TaskAdmission;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.DependencyInjection;

public sealed class GovernanceRulesServiceCollectionExtensionsTests
{
    [Fact]
    public void Registers_the_Suzhou_pack_and_evaluators_as_singletons()
    {
        using var provider = new ServiceCollection().AddGovernanceRules().BuildServiceProvider();
        Assert.Equal(RulePacks.SuzhouId, provider.GetRequiredService<RulePack>().Id);
        Assert.Same(provider.GetRequiredService<StaffingQuotaCalculator>(), provider.GetRequiredService<StaffingQuotaCalculator>());
        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void Registers_the_admission_reviewer_and_stamp_decider_over_the_same_pack_and_clock()
    {
        var clock = new FakeClock(Instant.FromUtc(2025, 6, 30, 2, 0));
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(clock);
        using var provider = services.AddGovernanceRules().BuildServiceProvider();
        var reviewer = provider.GetRequiredService<AdmissionReviewer>();
        var decider = provider.GetRequiredService<StampDecider>();
        Assert.Same(reviewer, provider.GetRequiredService<AdmissionReviewer>());
        Assert.Same(decider, provider.GetRequiredService<StampDecider>());
        Assert.Same(provider.GetRequiredService<RulePack>(), reviewer.Pack);
        Assert.Same(provider.GetRequiredService<RulePack>(), decider.Pack);
        var stamp = decider.Evaluate(new StampRequest { Code = "kinship" });
        Assert.Equal(Date("2025-06-30"), stamp.AsOf);
        Assert.Equal(StampDecisionKind.ShouldNotIssue, stamp.Outcome!.Kind);
        Assert.Equal(Date("2025-06-30"), reviewer.Check(new ListCheckRequest { Text = "人民调解" }).AsOf);
    }

    [Fact]
    public void Registers_the_pay_calculator_and_floor_checker_as_singletons_on_the_hosts_clock()
    {
        var clock = new FakeClock(Instant.FromUtc(2025, 6, 30, 2, 0));
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(clock);
        using var provider = services.AddGovernanceRules().BuildServiceProvider();
        var pay = provider.GetRequiredService<CommunityWorkerPayCalculator>();
        Assert.Same(pay, provider.GetRequiredService<CommunityWorkerPayCalculator>());
        Assert.Same(provider.GetRequiredService<PayFloorChecker>(), provider.GetRequiredService<PayFloorChecker>());
        var result = pay.EvaluateGrade(CommunityWorker.Hired("w", "staff", Date("2020-01-01")));
        Assert.Equal(Date("2025-06-30"), result.AsOf);
        Assert.Equal(2, result.GetOutcomeOrThrow().Grade); // 5 completed years → 1 step
    }

    [Fact]
    public void Registering_twice_is_harmless()
    {
        var services = new ServiceCollection().AddGovernanceRules().AddGovernanceRules(o => o.PackId = "cn");
        Assert.Single(services, d => d.ServiceType == typeof(RulePack));
        Assert.Single(services, d => d.ServiceType == typeof(StaffingQuotaCalculator));
        using var provider = services.BuildServiceProvider();
        Assert.Equal(RulePacks.SuzhouId, provider.GetRequiredService<RulePack>().Id);
    }

    [Fact]
    public void A_clock_registered_by_the_host_wins()
    {
        var clock = new FakeClock(Instant.FromUtc(2025, 3, 1, 0, 0));
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(clock);
        using var provider = services.AddGovernanceRules().BuildServiceProvider();
        Assert.Same(clock, provider.GetRequiredService<IClock>());
        var result = provider.GetRequiredService<StaffingQuotaCalculator>().Evaluate(StaffingRequest.ForArea(new StaffingArea { Id = "c", UrbanPermanentPopulation = 1 }));
        Assert.Equal(Date("2025-03-01"), result.AsOf);
    }

    [Fact]
    public void A_wrong_pack_id_fails_at_registration_naming_the_known_packs()
    {
        var ex = Assert.Throws<RulePackLoadException>(() => new ServiceCollection().AddGovernanceRules(o => o.PackId = "cn.js.atlantis"));
        Assert.Contains("PACK_NOT_FOUND", ex.Message);
        Assert.Contains("cn.js.suzhou", ex.Message);
    }

    [Fact]
    public void An_empty_pack_id_fails_at_registration()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddGovernanceRules(o => o.PackId = " "));
        Assert.Equal("configure", ex.ParamName);
        Assert.StartsWith("GovernanceRulesOptions.PackId must name a rule pack, for example cn.js.suzhou, or be null for the deepest layer file.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => GovernanceRulesServiceCollectionExtensions.AddGovernanceRules(null!)).ParamName);
    }

    [Fact]
    public void A_null_layer_file_name_fails_at_registration()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddGovernanceRules(o => o.LayerFiles.Add(null!)));
        Assert.Equal("configure", ex.ParamName);
        Assert.Contains("GovernanceRulesOptions.LayerFiles holds a null file name.", ex.Message);
    }

    [Fact]
    public void A_second_registration_does_not_even_read_its_options()
    {
        var services = new ServiceCollection().AddGovernanceRules();
        var configured = false;
        services.AddGovernanceRules(o =>
        {
            configured = true;
            o.PackId = " ";
        });
        Assert.False(configured);
        Assert.Single(services, d => d.ServiceType == typeof(RulePack));
    }

    [Fact]
    public void A_layer_file_can_be_chosen_as_the_pack()
    {
        var path = Path.Combine(Path.GetTempPath(), $"govrules-di-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, ReformLayer(id: "cn.js.suzhou.gusu"));
        try
        {
            using var provider = new ServiceCollection()
                .AddGovernanceRules(o =>
                {
                    o.PackId = "cn.js.suzhou.gusu";
                    o.LayerFiles.Add(path);
                })
                .BuildServiceProvider();
            Assert.Equal("cn.js.suzhou.gusu", provider.GetRequiredService<RulePack>().Id);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_broken_layer_file_fails_at_registration()
    {
        var ex = Assert.Throws<RulePackLoadException>(() => new ServiceCollection().AddGovernanceRules(o => o.LayerFiles.Add("/no/such/layer.json")));
        Assert.Contains(ex.Errors, e => e.Code == "PACK_UNREADABLE");
    }

    [Fact]
    public void A_district_layer_file_is_used_without_naming_it_and_the_stamp_says_so()
    {
        var path = Path.Combine(Path.GetTempPath(), $"govrules-di-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, ReformLayer(id: "cn.js.suzhou.gusu", rate: "20"));
        try
        {
            var clock = new FakeClock(Instant.FromUtc(2026, 3, 1, 0, 0));
            var services = new ServiceCollection();
            services.AddSingleton<IClock>(clock);
            using var provider = services.AddGovernanceRules(o => o.LayerFiles.Add(path)).BuildServiceProvider();
            Assert.Equal("cn.js.suzhou.gusu", provider.GetRequiredService<RulePack>().Id);
            var result = provider.GetRequiredService<StaffingQuotaCalculator>()
                .Evaluate(StaffingRequest.ForArea(new StaffingArea { Id = "c", UrbanPermanentPopulation = 10_000 }));
            Assert.Equal("cn.js.suzhou.gusu", result.Stamp.PackId);
            Assert.EndsWith("cn.js.suzhou.gusu@1.0.0", result.Stamp.Layers);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Layer_files_that_do_not_form_one_chain_fail_at_registration()
    {
        var a = Path.Combine(Path.GetTempPath(), $"govrules-di-{Guid.NewGuid():N}.json");
        var b = Path.Combine(Path.GetTempPath(), $"govrules-di-{Guid.NewGuid():N}.json");
        File.WriteAllText(a, ReformLayer(id: "cn.js.suzhou.gusu"));
        File.WriteAllText(b, ReformLayer(id: "cn.js.suzhou.wuzhong"));
        try
        {
            var ex = Assert.Throws<RulePackLoadException>(() => new ServiceCollection().AddGovernanceRules(o =>
            {
                o.LayerFiles.Add(a);
                o.LayerFiles.Add(b);
            }));
            var error = Assert.Single(ex.Errors);
            Assert.Equal("PACK_LAYERS_NOT_ONE_CHAIN", error.Code);
            Assert.Contains("cn.js.suzhou.gusu", error.Message);
            Assert.Contains("cn.js.suzhou.wuzhong", error.Message);
        }
        finally
        {
            File.Delete(a);
            File.Delete(b);
        }
    }
}
