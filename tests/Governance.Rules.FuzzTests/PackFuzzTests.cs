using Governance.Rules.Certification;
using Governance.Rules.Compensation;
using Governance.Rules.ElderlyCare;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Staffing;
using Governance.Rules.TaskAdmission;
using NodaTime.Testing;

namespace Governance.Rules.FuzzTests;

/// <summary>
/// Mutated packs: loading never throws and answers the same twice; a pack that loads evaluates every area without an
/// exception escaping.
/// </summary>
public sealed class PackFuzzTests
{
    private const int EvaluatedInCi = 12;

    private static readonly IClock Clock = new FakeClock(Instant.FromUtc(2026, 6, 30, 2, 0));
    private static readonly EvaluationOptions[] Dates =
        [EvaluationOptions.On(new LocalDate(2026, 6, 30)), EvaluationOptions.On(new LocalDate(2011, 2, 28), explain: false)];

    private static readonly StaffingRequest[] Staffing = [.. Gen.Sample(Requests.StaffingRequests, 3, 10)];
    private static readonly WorkItemRequest[] WorkItems = [.. Gen.Sample(Requests.WorkItem, 3, 10)];
    private static readonly StampRequest[] Stamps = [.. Gen.Sample(Requests.Stamp, 3, 10)];
    private static readonly CommunityWorker[] Workers = [.. Gen.Sample(Requests.Worker, 3, 10)];
    private static readonly PayrollRequest[] Payrolls = [.. Gen.Sample(Requests.Payroll, 2, 10)];
    private static readonly ElderlyCareRequest[] Elderly = [.. Gen.Sample(Requests.ElderlyRequests, 3, 10)];

    private static int _evaluated;
    private static int _loads;

    [Fact]
    public void The_unmutated_documents_load()
    {
        foreach (var document in new[] { PackMutations.SuzhouAsOneDocument, PackMutations.SuzhouElderly, PackMutations.SuzhouPayAndStaffing, PackMutations.NationalAsOneDocument })
        {
            var loaded = RulePacks.TryLoad(RulePackSource.FromJson(document, "fuzz.json"));
            Assert.True(loaded.Success, string.Join("\n", loaded.Errors));
        }
    }

    [Fact]
    public void Mutated_Suzhou_elderly_layers() => Fuzz.Run(PackMutations.Mutated(PackMutations.SuzhouElderly), LoadAndEvaluate, Fuzz.PackMutations / 2);

    [Fact]
    public void Mutated_Suzhou_pay_and_staffing_layers() => Fuzz.Run(PackMutations.Mutated(PackMutations.SuzhouPayAndStaffing), LoadAndEvaluate, Fuzz.PackMutations / 4);

    [Fact]
    public void Mutated_whole_Suzhou_layers() => Fuzz.Run(PackMutations.Mutated(PackMutations.SuzhouAsOneDocument), LoadAndEvaluate, Fuzz.PackMutations / 8);

    [Fact]
    public void Mutated_national_layers() => Fuzz.Run(PackMutations.Mutated(PackMutations.NationalAsOneDocument), LoadAndEvaluate, Fuzz.PackMutations / 8);

    [Fact]
    public void Suzhou_elderly_layers_with_bytes_overwritten_load_or_are_refused_without_an_exception() =>
        Fuzz.Run(PackMutations.BytesMutated(PackMutations.SuzhouElderly), bytes =>
        {
            var loaded = Fuzz.Once(() => RulePacks.TryLoad(RulePackSource.FromStream(new MemoryStream(bytes), "fuzz.json")));
            if (loaded.Success == loaded.Errors.Count > 0)
            {
                throw new FuzzFailure("a pack and errors together, or neither: " + Summary(loaded));
            }
        }, Fuzz.PackMutations / 2);

    /// <summary>
    /// Loads a mutated layer (twice on every tenth, to compare the answers) and, for the first packs that load in a CI
    /// run (all of them when <c>GOVRULES_FUZZ_COUNT</c> is set), evaluates every area on them.
    /// </summary>
    private static void LoadAndEvaluate(string json)
    {
        var loaded = Interlocked.Increment(ref _loads) % 10 == 0
            ? Fuzz.Call(() => RulePacks.TryLoad(RulePackSource.FromJson(json, "fuzz.json")))
            : Fuzz.Once(() => RulePacks.TryLoad(RulePackSource.FromJson(json, "fuzz.json")));
        if (loaded.Success == loaded.Errors.Count > 0)
        {
            throw new FuzzFailure("a pack and errors together, or neither: " + Summary(loaded));
        }

        if (loaded.Pack is not { } pack || (Fuzz.Inputs == Fuzz.CiInputs && Interlocked.Increment(ref _evaluated) > EvaluatedInCi))
        {
            return;
        }

        var staffing = new StaffingQuotaCalculator(pack, Clock);
        var admission = new AdmissionReviewer(pack, Clock);
        var stamps = new StampDecider(pack, Clock);
        var pay = new CommunityWorkerPayCalculator(pack, Clock);
        var floor = new PayFloorChecker(pack, Clock);
        var elderly = new ElderlyCareCalculator(pack, Clock);
        foreach (var options in Dates)
        {
            var asOf = options.AsOf!.Value;
            foreach (var r in Staffing)
            {
                Fuzz.Evaluate(() => staffing.Evaluate(r, options));
            }

            Fuzz.Call(() => staffing.Quota(25_546, asOf));
            foreach (var r in WorkItems)
            {
                Fuzz.Evaluate(() => admission.Evaluate(r, options));
            }

            Fuzz.Evaluate(() => admission.Check(new ListCheckRequest { Text = "人民调解" }, options));
            foreach (var r in Stamps)
            {
                Fuzz.Evaluate(() => stamps.Evaluate(r, options));
            }

            foreach (var w in Workers)
            {
                Fuzz.Evaluate(() => pay.EvaluateGrade(w, options));
                Fuzz.Evaluate(() => pay.EvaluateMonthlyPay(w, options));
                Fuzz.Evaluate(() => pay.EvaluateAnnualPay(new AnnualPayRequest(w, asOf.Year), options));
                Fuzz.Call(() => pay.MonthlyPay(w, asOf));
            }

            foreach (var r in Payrolls)
            {
                Fuzz.Evaluate(() => floor.Evaluate(r, options));
            }

            foreach (var r in Elderly)
            {
                Fuzz.Evaluate(() => elderly.Evaluate(r, options));
                Fuzz.Call(() => elderly.Summarize(r.Person, asOf).Status);
            }
        }
    }

    private static string Summary(RulePackLoadResult result) =>
        result.Pack is { } pack ? pack.ContentHash : string.Join("\n", result.Errors);
}
