using System.Reflection;
using System.Text.RegularExpressions;
using Governance.Rules.Packs;
using Governance.Rules.Staffing;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Packs;

/// <summary>What a loaded pack tells its caller about itself: its stamp, the parameters in force on a date, its name.</summary>
public sealed partial class RulePackSurfaceTests
{
    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256();

    [Fact]
    public void A_stamp_names_the_leaf_the_chain_the_hash_the_library_and_the_date()
    {
        var pack = LoadLayer(WhatIfLayer("")).Pack!;
        var stamp = pack.Stamp(Date("2026-06-01"));
        var chain = string.Join(" > ", pack.Layers.Select(l => l.Id + "@" + l.Version));

        Assert.Equal(("test.what-if", "1.0.0", pack.ContentHash, RulePack.LibraryVersion, Date("2026-06-01"), chain),
            (stamp.PackId, stamp.PackVersion, stamp.PackHash, stamp.LibraryVersion, stamp.AsOf, stamp.Layers));
        Assert.Equal(["cn", "cn.js", "cn.js.suzhou", "test.what-if"], pack.Layers.Select(l => l.Id));
        Assert.EndsWith(" > test.what-if@1.0.0", stamp.Layers, StringComparison.Ordinal);
        Assert.Matches(Sha256(), pack.ContentHash);
        Assert.NotEqual(RulePacks.Suzhou.ContentHash, pack.ContentHash);
        Assert.False(string.IsNullOrWhiteSpace(RulePack.LibraryVersion));
    }

    [Fact]
    public void The_library_version_in_a_stamp_is_the_packages_version_as_published_not_the_assemblys_four_part_number()
    {
        var published = typeof(RulePack).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal(published, RulePack.LibraryVersion);
        Assert.StartsWith(typeof(RulePack).Assembly.GetName().Version!.ToString(3), RulePack.LibraryVersion, StringComparison.Ordinal);
        Assert.NotEqual(typeof(RulePack).Assembly.GetName().Version!.ToString(), RulePack.LibraryVersion);
    }

    [Fact]
    public void The_same_date_gives_the_same_stamp_and_another_date_its_own()
    {
        var pack = LoadLayer(WhatIfLayer(""), "stamps.json").Pack!;
        var june = pack.Stamp(Date("2026-06-01"));
        Assert.Same(june, pack.Stamp(Date("2026-06-01")));
        var july = pack.Stamp(Date("2026-07-01"));
        Assert.NotSame(june, july);
        Assert.Equal(Date("2026-07-01"), july.AsOf);
        Assert.Equal(june with { AsOf = Date("2026-07-01") }, july);
        var juneAgain = pack.Stamp(Date("2026-06-01"));
        Assert.Equal(june, juneAgain);
        Assert.Same(juneAgain, pack.Stamp(Date("2026-06-01")));
    }

    [Fact]
    public void The_parameters_in_force_are_those_with_an_entry_on_the_day_ordered_by_key()
    {
        var pack = RulePacks.Suzhou;
        foreach (var day in new[] { Date("1950-01-01"), Date("2014-12-08"), Date("2021-12-27"), Date("2026-06-01") })
        {
            var inForce = pack.InForce(day);
            var expected = pack.Parameters.Values
                .Where(t => t.EntryAt(day) is not null)
                .Select(t => t.Key)
                .Order(StringComparer.Ordinal)
                .ToArray();
            Assert.Equal(expected, inForce.Select(e => e.Key));
            Assert.All(inForce, e => Assert.Same(pack.Parameters[e.Key].EntryAt(day), e));
        }

        Assert.Empty(pack.InForce(Date("1950-01-01")));
        Assert.Contains(pack.InForce(Date("2026-06-01")), e => e.Key == StaffingParameters.WorkersPer10kUrbanResidents.Key);
        Assert.True(pack.InForce(Date("2026-06-01")).Count > pack.InForce(Date("2014-12-08")).Count);
    }

    [Fact]
    public void A_pack_is_named_and_written_by_its_leaf_layer()
    {
        var pack = LoadLayer(WhatIfLayer("")).Pack!;
        Assert.Equal(("test.what-if", "1.0.0", "测算层", "What-if layer"), (pack.Id, pack.Version, pack.Name.ZhHans, pack.Name.En));
        Assert.Equal($"test.what-if@1.0.0 ({pack.ContentHash[..12]})", pack.ToString());
        Assert.Equal("cn.js.suzhou", pack.Layers[^1].Parent);
        Assert.Null(pack.Layers[0].Parent);
        Assert.Null(pack.Timeline(ParameterDefinition.Decimal("no.such.parameter")));
        Assert.NotNull(pack.Timeline(StaffingParameters.WorkersPer10kUrbanResidents));
    }
}
