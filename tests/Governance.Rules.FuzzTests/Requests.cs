using Governance.Rules.Certification;
using Governance.Rules.Compensation;
using Governance.Rules.ElderlyCare;
using Governance.Rules.Results;
using Governance.Rules.Staffing;
using Governance.Rules.TaskAdmission;
using static Governance.Rules.FuzzTests.Inputs;

namespace Governance.Rules.FuzzTests;

/// <summary>Generators of whole requests for every rule area, built from <see cref="Inputs"/>.</summary>
internal static class Requests
{
    public static readonly Gen<EvaluationOptions> Options =
        from asOf in Date
        from explain in Gen.Elements(true, false)
        select EvaluationOptions.On(asOf, explain);

    private static readonly Gen<IReadOnlyDictionary<string, int>?> Workers = Gen.Frequency(
        (2, Gen.Constant<IReadOnlyDictionary<string, int>?>(null)),
        (3, from code in RequiredText("two-committees-full-time", "community-full-time", "grid-worker", "part-time")
            from count in Int
            select (IReadOnlyDictionary<string, int>?)new Dictionary<string, int>(StringComparer.Ordinal) { [code ?? "null"] = count }));

    private static readonly Gen<StaffingArea> Area =
        from id in RequiredText("a", "b", "c", "d")
        from parent in Text("a", "b", "c", "x")
        from level in Enum<AreaLevel>()
        from name in Text()
        from population in OptionalLong
        from households in OptionalLong
        from workers in Workers
        select new StaffingArea { Id = id, ParentId = parent, Level = level, Name = name, UrbanPermanentPopulation = population, Households = households, Workers = workers };

    public static readonly Gen<StaffingRequest> Staffing = List(Area, 8).Select(a => new StaffingRequest { Areas = a });

    public static readonly Gen<(long Population, long? Households, AreaLevel Level, LocalDate AsOf)> StaffingFast =
        from population in Long
        from households in OptionalLong
        from level in Enum<AreaLevel>()
        from asOf in Date
        select (population, households, level, asOf);

    private static readonly string[] Kinds = ["investment-attraction", "tax-collection", "revenue-generation"];
    private static readonly string[] Items = ["people-mediation", "residents-meeting", "civilised-community", "stamp-retiree-forms", "affairs-openness"];

    public static readonly Gen<WorkItemRequest> WorkItem =
        from title in RequiredText("社区人口信息采集", "招商引资")
        from department in RequiredText("区民政局")
        from list in Enum<AdmissionListType>()
        from basis in List(Text("《中华人民共和国城市居民委员会组织法》第三条"))
        from resources in Gen.Elements(true, false).ArrayOf(4)
        from demands in Enum<WorkItemDemands>()
        from kinds in List(Text(Kinds))
        from item in Text(Items)
        from start in OptionalDate
        from legal in Gen.Elements(true, false)
        select new WorkItemRequest
        {
            Title = title,
            RequestingDepartment = department,
            ListType = list,
            LegalBasis = basis!,
            Resources = new ResourcesCommitted(resources[0], resources[1], resources[2], resources[3]),
            Demands = demands,
            ProhibitedKinds = kinds!,
            ItemCode = item,
            RequestedStart = start,
            ArisesFromLegalChange = legal,
        };

    public static readonly Gen<ListCheckRequest> ListCheck =
        from text in Text("人民调解", "居民会议", "招商引资")
        from code in Text(Items)
        select new ListCheckRequest { Text = text, ItemCode = code };

    public static readonly Gen<StampRequest> Stamp =
        from text in Text("亲属关系证明", "出生证明", "无犯罪记录证明")
        from code in Text("kinship", "birth", "alive", "no-criminal-record")
        from requester in Enum<Requester>()
        from purpose in Text()
        select new StampRequest { Text = text, Code = code, Requester = requester, Purpose = purpose };

    private static readonly string[] Posts = ["head", "deputy", "staff"];

    public static readonly Gen<CommunityWorker> Worker =
        from id in RequiredText("w1")
        from birth in OptionalDate
        from degree in Text("bachelor", "master", "doctor")
        from service in List(from s in Date from e in OptionalDate select new ServicePeriod(s, e), 4)
        from posts in List(from p in RequiredText(Posts) from d in Date select new PostAssignment(p, d), 4)
        from quals in List(from q in RequiredText("social-worker", "assistant-social-worker") from d in Date select new QualificationHeld(q, d), 3)
        from failed in List(Int, 4)
        select new CommunityWorker { Id = id, BirthDate = birth, Degree = degree, Service = service, Posts = posts, Qualifications = quals, FailedAppraisalYears = failed };

    public static readonly Gen<AnnualPayRequest> AnnualPay = from w in Worker from y in Int select new AnnualPayRequest(w, y);

    private static readonly Gen<PayrollWorker> PayrollLine =
        from id in RequiredText("w1", "w2")
        from pay in Amount
        from months in Amount
        from counted in Gen.Elements(true, true, false)
        select new PayrollWorker { Id = id, AnnualPay = pay, FullTimeEquivalentMonths = months, Counted = counted };

    public static readonly Gen<PayrollRequest> Payroll =
        from unit in RequiredText("unit-1")
        from year in Int
        from workers in List(PayrollLine, 5)
        select new PayrollRequest(unit, year, workers);

    private static readonly Gen<EconomicStatusPeriod> StatusPeriod =
        from status in Enum<EconomicStatus>()
        from from_ in Date
        from to in OptionalDate
        select new EconomicStatusPeriod(status, from_, to);

    private static readonly Gen<CareAssessment> Assessment =
        from level in Gen.Frequency((3, Enum<CareLevel>().Select(l => (CareLevel?)l)), (1, Gen.Constant<CareLevel?>(null)))
        from legacy in Gen.Frequency((1, Enum<LegacyCareLevel>().Select(l => (LegacyCareLevel?)l)), (3, Gen.Constant<LegacyCareLevel?>(null)))
        from assessed in Date
        from until in OptionalDate
        select new CareAssessment { Level = level, LegacyLevel = legacy, AssessedOn = assessed, ValidUntil = until };

    public static readonly Gen<ElderlyPerson> Person =
        from birth in Date
        from death in OptionalDate
        from district in Text("gusu", "kunshan", "sip", "wuzhong")
        from since in OptionalDate
        from resides in Gen.Elements(true, false)
        from statuses in List(StatusPeriod, 3)
        from assessments in List(Assessment, 3)
        from arrangement in Enum<LivingArrangement>()
        from special in Enum<SpecialFamily>()
        from careFrom in OptionalDate
        from careUntil in OptionalDate
        from application in OptionalDate
        from granted in Gen.Elements(true, false)
        from cost in OptionalDecimal
        from meals in OptionalInt
        select new ElderlyPerson
        {
            BirthDate = birth,
            DeathDate = death,
            HukouDistrict = district,
            HukouSince = since,
            ResidesInJurisdiction = resides,
            EconomicStatuses = statuses,
            Assessments = assessments,
            LivingArrangement = arrangement,
            SpecialFamily = special,
            InstitutionalCareFrom = careFrom,
            InstitutionalCareUntil = careUntil,
            ApplicationDate = application,
            AdaptationAlreadyGranted = granted,
            AdaptationCost = cost,
            MealsPerMonth = meals,
        };

    public static readonly Gen<ElderlyCareRequest> Elderly =
        from person in Person
        from scheduleFrom in OptionalMonth
        from scheduleTo in OptionalMonth
        select new ElderlyCareRequest { Person = person, ScheduleFrom = scheduleFrom, ScheduleTo = scheduleTo };
}
