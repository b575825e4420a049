using BenchmarkDotNet.Attributes;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.TaskAdmission;
using NodaTime;

namespace Governance.Rules.Benchmarks;

/// <summary>Admission review of one work item: the allocation-free fast path against the full result.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class AdmissionReviewBenchmarks
{
    private static readonly LocalDate AsOf = new(2026, 2, 1);
    private AdmissionReviewer _reviewer = null!;
    private AdmissionFacts _unlisted;
    private AdmissionFacts _admitted;
    private string[] _kinds = null!;
    private WorkItemRequest _request = null!;
    private EvaluationOptions _quiet = null!;

    [GlobalSetup]
    public void Setup()
    {
        _reviewer = new AdmissionReviewer(RulePacks.Suzhou, SystemClock.Instance);
        _unlisted = new AdmissionFacts(AdmissionListType.Assisting, true, new ResourcesCommitted(true, true, false, true), WorkItemDemands.Plaques | WorkItemDemands.AppCheckIns);
        _admitted = new AdmissionFacts(AdmissionListType.StatutoryDuty, true, default, ItemCode: "people-mediation");
        _kinds = ["investment-attraction"];
        _request = new WorkItemRequest
        {
            Title = "协助开展老年人能力评估入户登记",
            RequestingDepartment = "市民政局",
            ListType = AdmissionListType.Assisting,
            LegalBasis = ["《中华人民共和国老年人权益保障法》"],
            ProhibitedKinds = _kinds,
            Demands = WorkItemDemands.Plaques | WorkItemDemands.AppCheckIns,
        };
        _quiet = EvaluationOptions.On(AsOf, explain: false);
    }

    [Benchmark(Baseline = true)]
    public AdmissionVerdict Review_fast_path() => _reviewer.Review(_unlisted, AsOf, _kinds);

    [Benchmark]
    public AdmissionVerdict Review_fast_path_admitted_item() => _reviewer.Review(_admitted, AsOf);

    [Benchmark]
    public RuleResult<AdmissionOutcome> Evaluate_without_explanation() => _reviewer.Evaluate(_request, _quiet);
}
