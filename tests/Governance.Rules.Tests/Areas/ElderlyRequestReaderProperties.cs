using System.Text;
using System.Text.Json;
using Governance.Rules.ElderlyCare;
using Governance.Rules.Json;

namespace Governance.Rules.Tests.Areas;

/// <summary>
/// The batch fast path reads an elderly-care request straight from UTF-8. What it accepts, it reads exactly as the strict
/// reader does: over generated persons with every member it knows, written in any order, the person it reads is the one
/// the strict reader gives; a member spelled otherwise (another case, one letter changed, a name of the same length) is
/// left to the strict reader.
/// </summary>
public sealed class ElderlyRequestReaderProperties
{
    private static readonly Gen<LocalDate> Dates = Gen.Choose(0, 40_000).Select(d => new LocalDate(1915, 1, 1).PlusDays(d));

    private static Gen<string?> Maybe(Gen<string> member) => Gen.OneOf(member.Select(m => (string?)m), Gen.Constant<string?>(null));

    private static string Day(LocalDate d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static readonly Gen<string[]> Members =
        from birth in Dates.Select(d => $"\"birthDate\":\"{Day(d)}\"")
        from death in Maybe(Dates.Select(d => $"\"deathDate\":\"{Day(d)}\""))
        from hukou in Maybe(Gen.Elements("gusu", "kunshan", "nowhere").Select(h => $"\"hukouDistrict\":\"{h}\""))
        from since in Maybe(Dates.Select(d => $"\"hukouSince\":\"{Day(d)}\""))
        from resides in Maybe(Gen.Elements("true", "false").Select(b => $"\"residesInJurisdiction\":{b}"))
        from statuses in Maybe(Gen.Elements("dibao", "low-income", "extreme-poverty", "none").Select(s => $"\"economicStatuses\":[{{\"status\":\"{s}\",\"from\":\"2020-01-01\"}}]"))
        from assessments in Maybe(Gen.Elements("\"level\":\"severe\"", "\"legacyLevel\":\"disabled\"").Select(l => $"\"assessments\":[{{{l},\"assessedOn\":\"2026-03-15\"}}]"))
        from living in Maybe(Gen.Elements("with-others", "empty-nest", "alone").Select(l => $"\"livingArrangement\":\"{l}\""))
        from careFrom in Maybe(Dates.Select(d => $"\"institutionalCareFrom\":\"{Day(d)}\""))
        from careUntil in Maybe(Dates.Select(d => $"\"institutionalCareUntil\":\"{Day(d)}\""))
        from applied in Maybe(Dates.Select(d => $"\"applicationDate\":\"{Day(d)}\""))
        from granted in Maybe(Gen.Elements("true", "false").Select(b => $"\"adaptationAlreadyGranted\":{b}"))
        from cost in Maybe(Gen.Choose(0, 9000).Select(c => $"\"adaptationCost\":{c}.5"))
        from meals in Maybe(Gen.Choose(0, 60).Select(m => $"\"mealsPerMonth\":{m}"))
        from order in Gen.Shuffle(Enumerable.Range(0, 14))
        let all = new[] { birth, death, hukou, since, resides, statuses, assessments, living, careFrom, careUntil, applied, granted, cost, meals }
        select order.Select(i => all[i]).OfType<string>().ToArray();

    private static string Request(IEnumerable<string> members) => $"{{\"person\":{{{string.Join(",", members)}}}}}";

    /// <summary>The person the strict reader gives, written back as JSON (lists compared by content).</summary>
    private static string Strict(string json) =>
        JsonSerializer.Serialize(JsonSerializer.Deserialize<ElderlyCareRequest>(json, RulesJson.Input)!.Person, RulesJson.Input);

    [Property(MaxTest = 500)]
    public Property Every_member_written_in_any_order_is_read_as_the_strict_reader_reads_it() =>
        Prop.ForAll(Members.ToArbitrary(), members =>
        {
            var json = Request(members);
            return ElderlyRequestReader.TryRead(Encoding.UTF8.GetBytes(json), out var person)
                && JsonSerializer.Serialize(person, RulesJson.Input) == Strict(json);
        });

    [Theory]
    [InlineData("BirthDate")]
    [InlineData("birthdate")]
    [InlineData("birthDatE")]
    [InlineData("deathDat")]
    [InlineData("hukouSincE")]
    [InlineData("assessment")]
    [InlineData("mealsPerMontH")]
    [InlineData("adaptationCosts")]
    [InlineData("applicationDatE")]
    [InlineData("economicStatusez")]
    [InlineData("livingArrangemenT")]
    [InlineData("institutionalCareFroM")]
    [InlineData("residesInJurisdictioN")]
    [InlineData("institutionalCareUntiL")]
    [InlineData("adaptationAlreadyGrantex")]
    [InlineData("hukouDistricT")]
    public void A_member_spelled_otherwise_is_left_to_the_strict_reader(string name)
    {
        var json = Request(new[] { "\"birthDate\":\"1940-01-01\"", $"\"{name}\":null" });
        Assert.False(ElderlyRequestReader.TryRead(Encoding.UTF8.GetBytes(json), out _));
    }
}
