using System.Globalization;
using Governance.Rules.Citations;
using Governance.Rules.Packs;
using Governance.Rules.Staffing;
using NodaTime;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Packs;

/// <summary>
/// A timeline finds the entry in force on a date by halving the dates; it must agree with reading the entries one by
/// one (the last entry whose date is not after the day), on the first day of each entry, the day before it and any day
/// between, before the first entry and after the last, and with entries that end the parameter.
/// </summary>
public sealed class ParameterTimelineProperties
{
    private static readonly LocalDate Start = new(2030, 1, 1);

    /// <summary>A caller layer over Suzhou whose rate has an entry at each offset (days after 2030-01-01); a null value ends it.</summary>
    private static ParameterTimeline<decimal> Timeline(IReadOnlyList<(int Offset, int? Rate)> entries)
    {
        var values = string.Join(", ", entries.Select(e => string.Create(CultureInfo.InvariantCulture,
            $$"""{ "from": "{{Start.PlusDays(e.Offset):uuuu-MM-dd}}", "value": {{(e.Rate is { } r ? r.ToString(CultureInfo.InvariantCulture) : "null")}}, "provenance": "placeholder", "citation": "what-if" }""")));
        var loaded = LoadLayer(WhatIfLayer($$""" "staffing.workers_per_10k_urban_residents": { "unit": "人/万人", "values": [ {{values}} ] } """));
        Assert.True(loaded.Success, string.Join("; ", loaded.Errors));
        return loaded.Pack!.Timeline(StaffingParameters.WorkersPer10kUrbanResidents)!;
    }

    /// <summary>The index of the entry in force on <paramref name="date"/>, read one entry at a time.</summary>
    private static int Scan(ParameterTimeline timeline, LocalDate date)
    {
        var found = -1;
        for (var i = 0; i < timeline.Entries.Count; i++)
        {
            if (timeline.Entries[i].From <= date)
            {
                found = i;
            }
        }

        return found;
    }

    /// <summary>Between one and twenty entries at distinct offsets in increasing order; about one in six ends the parameter.</summary>
    private static readonly Gen<(int Offset, int? Rate)[]> Entries =
        from count in Gen.Choose(1, 20)
        from gaps in Gen.ArrayOf(Gen.Choose(1, 400), count)
        from rates in Gen.ArrayOf(Gen.Choose(0, 60), count)
        from ends in Gen.ArrayOf(Gen.Choose(0, 5), count)
        select gaps.Select((g, i) => (gaps.Take(i + 1).Sum(), ends[i] == 0 && i > 0 ? (int?)null : rates[i])).ToArray();

    [Property(MaxTest = 60)]
    public Property The_entry_found_by_halving_is_the_last_one_begun_on_or_before_the_day() =>
        Prop.ForAll(Entries.ToArbitrary(), entries =>
        {
            var timeline = Timeline(entries);
            var days = timeline.Entries.SelectMany(e => new[] { e.From.PlusDays(-1), e.From, e.From.PlusDays(1) })
                .Concat([new LocalDate(1990, 1, 1), Start.PlusDays(9000)]);
            foreach (var day in days)
            {
                var expected = Scan(timeline, day);
                if (timeline.IndexAt(day) != expected)
                {
                    return false.Label($"{day:uuuu-MM-dd}: index {timeline.IndexAt(day)}, read one by one {expected}");
                }

                var entry = timeline.EntryAt(day);
                var value = timeline.At(day);
                var agrees = expected < 0
                    ? entry is null && !value.HasValue && value.Info is null && value.Value == 0m
                    : ReferenceEquals(entry, timeline.Entries[expected]) && ReferenceEquals(value.Info, entry) && value.HasValue == entry.HasValue;
                if (!agrees)
                {
                    return false.Label($"{day:uuuu-MM-dd}: entry or value disagrees with entry {expected}");
                }
            }

            return true.ToProperty();
        });

    [Fact]
    public void A_callers_entries_follow_the_parents_and_a_null_ends_the_parameter()
    {
        var timeline = Timeline([(0, 21), (31, 22), (59, null), (90, 23)]);
        var own = timeline.Entries.Where(e => e.Layer == "test.what-if").ToArray();
        Assert.Equal([Start, Start.PlusDays(31), Start.PlusDays(59), Start.PlusDays(90)], own.Select(e => e.From));
        Assert.Equal(own.Select(e => e.From), timeline.ChangeDates.Skip(timeline.Entries.Count - 4));
        Assert.Equal(timeline.Entries.Select(e => e.From), timeline.ChangeDates);

        // The parent's rate the day before the caller's first entry; then the caller's, a gap, and the caller's again.
        Assert.NotEqual("test.what-if", timeline.EntryAt(Start.PlusDays(-1))!.Layer);
        Assert.Equal((true, 21m), (timeline.At(Start).HasValue, timeline.At(Start).Value));
        Assert.Equal((true, 21m), (timeline.At(Start.PlusDays(30)).HasValue, timeline.At(Start.PlusDays(30)).Value));
        Assert.Equal((true, 22m), (timeline.At(Start.PlusDays(31)).HasValue, timeline.At(Start.PlusDays(31)).Value));
        var ended = timeline.At(Start.PlusDays(59));
        Assert.False(ended.HasValue);
        Assert.Same(own[2], ended.Info);
        Assert.Equal((true, 23m), (timeline.At(Start.PlusDays(5000)).HasValue, timeline.At(Start.PlusDays(5000)).Value));
        Assert.Equal(-1, timeline.IndexAt(new LocalDate(1900, 1, 1)));
        Assert.Null(timeline.EntryAt(new LocalDate(1900, 1, 1)));

        Assert.Equal("staffing.workers_per_10k_urban_residents", timeline.Key);
        Assert.Same(StaffingParameters.WorkersPer10kUrbanResidents, timeline.Definition);
        Assert.Equal("人/万人", timeline.Unit);
        Assert.Equal(timeline.Entries[^1].Name, timeline.Name);
    }

    [Fact]
    public void Each_entry_runs_until_the_next_and_carries_its_text_layer_and_source()
    {
        var timeline = Timeline([(0, 21), (31, 22), (59, null), (90, 23)]);
        var own = timeline.Entries.Where(e => e.Layer == "test.what-if").ToArray();
        Assert.Equal([Start.PlusDays(31), Start.PlusDays(59), Start.PlusDays(90), (LocalDate?)null], own.Select(e => e.Until));
        Assert.Equal(Start, timeline.Entries[^5].Until);
        Assert.Equal(["21", "22", "null", "23"], own.Select(e => e.DisplayValue));
        Assert.Equal([true, true, false, true], own.Select(e => e.HasValue));
        Assert.All(own, e => Assert.Equal(("staffing.workers_per_10k_urban_residents", Provenance.Placeholder, "what-if", (string?)null, (LocalDate?)null), (e.Key, e.Provenance, e.Citation!.Id, e.Note, e.Confirmed)));
        Assert.Equal("cn.js.suzhou", timeline.Entries[^5].Layer);
        Assert.Equal("18", timeline.Entries[^5].DisplayValue);
    }

    [Fact]
    public void A_callers_entry_on_the_parents_date_replaces_the_parents_entry()
    {
        var parentFrom = RulePacks.Suzhou.Timeline(StaffingParameters.WorkersPer10kUrbanResidents)!.Entries[^1].From;
        var offset = Period.Between(Start, parentFrom, PeriodUnits.Days).Days;
        var timeline = Timeline([(offset, 19)]);
        Assert.Single(timeline.Entries, e => e.From == parentFrom);
        Assert.Equal(("test.what-if", 19m), (timeline.EntryAt(parentFrom)!.Layer, timeline.At(parentFrom).Value));
        Assert.DoesNotContain(timeline.Entries, e => e.Layer == "cn.js.suzhou" && e.From >= parentFrom);
    }

    [Fact]
    public void Two_values_are_equal_when_they_come_from_the_same_entry()
    {
        var timeline = Timeline([(0, 21), (31, 21), (59, null)]);
        var first = timeline.At(Start);
        var sameEntry = timeline.At(Start.PlusDays(30));
        var sameRateOtherEntry = timeline.At(Start.PlusDays(31));
        var none = timeline.At(new LocalDate(1900, 1, 1));

        Assert.True(first == sameEntry);
        Assert.False(first != sameEntry);
        Assert.True(first.Equals((object)sameEntry));
        Assert.Equal(first.GetHashCode(), sameEntry.GetHashCode());
        Assert.True(first != sameRateOtherEntry);
        Assert.False(first == sameRateOtherEntry);
        Assert.False(first.Equals((object)21m));
        Assert.True(none == default);
        Assert.False(none == first);
        Assert.False(timeline.At(Start.PlusDays(59)) == none);
    }
}
