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
    /// <summary>As-of dates mostly in the years the packs cover, sometimes anywhere in the calendar.</summary>
    public static readonly Gen<LocalDate> AsOf = Gen.Frequency(
        (12, Gen.Choose(0, 30 * 366).Select(d => new LocalDate(2010, 1, 1).PlusDays(d))),
        (1, Date));

    public static readonly Gen<EvaluationOptions> Options =
        from asOf in AsOf
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

    /// <summary>A plausible street of communities, the base for mutations.</summary>
    private static readonly Gen<StaffingArea[]> PlausibleStreet =
        from n in Gen.Choose(1, 5)
        from populations in Gen.Choose(0, 60_000).ArrayOf(n)
        from withStreet in Gen.Elements(true, false)
        select withStreet
            ? [new StaffingArea { Id = "s", Level = AreaLevel.Street }, .. populations.Select((p, i) => new StaffingArea { Id = "c" + i, ParentId = "s", UrbanPermanentPopulation = p, Households = p / 3 })]
            : populations.Select((p, i) => new StaffingArea { Id = "c" + i, UrbanPermanentPopulation = p }).ToArray();

    private static Gen<StaffingArea[]> Mutate(StaffingArea[] areas) =>
        from i in Gen.Choose(0, areas.Length - 1)
        from replacement in Gen.OneOf(
            Area.Select(a => (StaffingArea?)a),
            Gen.Constant<StaffingArea?>(null),
            Gen.Constant<StaffingArea?>(areas[0]),
            Gen.Constant<StaffingArea?>(areas[i] with { ParentId = areas[(i + 1) % areas.Length].Id }),
            OptionalLong.Select(p => (StaffingArea?)(areas[i] with { UrbanPermanentPopulation = p })),
            OptionalLong.Select(h => (StaffingArea?)(areas[i] with { Households = h })),
            Workers.Select(w => (StaffingArea?)(areas[i] with { Workers = w })),
            Enum<AreaLevel>().Select(l => (StaffingArea?)(areas[i] with { Level = l })))
        select areas.Select((a, j) => j == i ? replacement! : a).ToArray();

    public static readonly Gen<StaffingRequest> StaffingRequests = Gen.Frequency(
        (2, PlausibleStreet.Select(a => (IReadOnlyList<StaffingArea>)a)),
        (3, PlausibleStreet.SelectMany(Mutate).Select(a => (IReadOnlyList<StaffingArea>)a)),
        (1, List(Area, 8)))
        .Select(a => new StaffingRequest { Areas = a });

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

    private static readonly Gen<StampRequest> AnyStamp =
        from text in Text("亲属关系证明", "出生证明", "无犯罪记录证明")
        from code in Text("kinship", "birth", "alive", "no-criminal-record")
        from requester in Enum<Requester>()
        from purpose in Text()
        select new StampRequest { Text = text, Code = code, Requester = requester, Purpose = purpose };

    public static readonly Gen<StampRequest> Stamp = Gen.Frequency(
        (2, AnyStamp.Select(r => r with { Text = null })),
        (2, AnyStamp.Select(r => r with { Code = null })),
        (1, AnyStamp));

    private static readonly string[] Posts = ["head", "deputy", "staff"];

    /// <summary>A plausible worker hired 1995–2024, the base for mutations.</summary>
    private static readonly Gen<CommunityWorker> PlausibleWorker =
        from hired in Gen.Choose(0, 30 * 365).Select(d => new LocalDate(1995, 1, 1).PlusDays(d))
        from post in Gen.Elements(Posts)
        from degree in Gen.Elements<string?>(null, "bachelor", "master")
        from qualified in Gen.Elements(true, false)
        from failed in Gen.Elements(true, false, false)
        select new CommunityWorker
        {
            Id = "w1",
            BirthDate = hired.PlusYears(-25),
            Degree = degree,
            Service = [new ServicePeriod(hired)],
            Posts = [new PostAssignment(post, hired)],
            Qualifications = qualified ? [new QualificationHeld("social-worker", hired.PlusYears(1))] : [],
            FailedAppraisalYears = failed ? [hired.Year + 1] : [],
        };

    private static Gen<CommunityWorker> Mutate(CommunityWorker w) => Gen.OneOf(
        OptionalDate.Select(d => w with { BirthDate = d }),
        Text("bachelor", "master", "doctor").Select(d => w with { Degree = d }),
        List(from s in Date from e in OptionalDate select new ServicePeriod(s, e), 4).Select(l => w with { Service = l }),
        List(from p in RequiredText(Posts) from d in Date select new PostAssignment(p, d), 4).Select(l => w with { Posts = l }),
        List(from q in RequiredText("social-worker", "assistant-social-worker") from d in Date select new QualificationHeld(q, d), 3).Select(l => w with { Qualifications = l }),
        List(Int, 4).Select(l => w with { FailedAppraisalYears = l }),
        RequiredText("w1").Select(id => w with { Id = id }));

    private static readonly Gen<CommunityWorker> AnyWorker =
        from id in RequiredText("w1")
        from birth in OptionalDate
        from degree in Text("bachelor", "master", "doctor")
        from service in List(from s in Date from e in OptionalDate select new ServicePeriod(s, e), 4)
        from posts in List(from p in RequiredText(Posts) from d in Date select new PostAssignment(p, d), 4)
        from quals in List(from q in RequiredText("social-worker", "assistant-social-worker") from d in Date select new QualificationHeld(q, d), 3)
        from failed in List(Int, 4)
        select new CommunityWorker { Id = id, BirthDate = birth, Degree = degree, Service = service, Posts = posts, Qualifications = quals, FailedAppraisalYears = failed };

    public static readonly Gen<CommunityWorker> Worker = Gen.Frequency(
        (2, PlausibleWorker),
        (3, PlausibleWorker.SelectMany(Mutate)),
        (1, AnyWorker));

    public static readonly Gen<AnnualPayRequest> AnnualPay =
        from w in Worker
        from y in Gen.Frequency((4, Gen.Choose(2000, 2030)), (1, Int))
        select new AnnualPayRequest(w, y);

    private static readonly Gen<PayrollWorker> PayrollLine =
        from id in RequiredText("w1", "w2")
        from pay in Amount
        from months in Amount
        from counted in Gen.Elements(true, true, false)
        select new PayrollWorker { Id = id, AnnualPay = pay, FullTimeEquivalentMonths = months, Counted = counted };

    private static readonly Gen<PayrollRequest> PlausiblePayroll =
        from n in Gen.Choose(1, 6)
        from pays in Gen.Choose(30_000, 300_000).ArrayOf(n)
        from months in Gen.Choose(1, 12).ArrayOf(n)
        select new PayrollRequest("unit-1", 2025, [.. pays.Select((p, i) => new PayrollWorker { Id = "w" + i, AnnualPay = p, FullTimeEquivalentMonths = months[i] })]);

    private static Gen<PayrollRequest> Mutate(PayrollRequest r) => Gen.OneOf(
        RequiredText("unit-1").Select(u => r with { UnitId = u }),
        Int.Select(y => r with { Year = y }),
        List(PayrollLine, 5).Select(l => r with { Workers = l }),
        PayrollLine.Select(l => r with { Workers = [.. r.Workers.Skip(1), l] }),
        Amount.Select(m => r with { Workers = [.. r.Workers.Skip(1), r.Workers[0] with { FullTimeEquivalentMonths = m }] }),
        Amount.Select(a => r with { Workers = [.. r.Workers.Skip(1), r.Workers[0] with { AnnualPay = a }] }),
        Gen.Constant(r with { Workers = [.. r.Workers, null!] }),
        Gen.Constant(r with { Workers = [.. r.Workers, r.Workers[0]] }));

    public static readonly Gen<PayrollRequest> Payroll = Gen.Frequency(
        (2, PlausiblePayroll),
        (3, PlausiblePayroll.SelectMany(Mutate)));

    /// <summary>A plausible person (dates after birth, statuses apart, assessments in order), the base for mutations.</summary>
    private static readonly Gen<ElderlyPerson> PlausiblePerson =
        from born in Gen.Choose(0, 60 * 366).Select(d => new LocalDate(1910, 1, 1).PlusDays(d))
        from sixty in Gen.Choose(0, 10 * 366).Select(d => born.PlusYears(60).PlusDays(d))
        from dies in Gen.Frequency((4, Gen.Constant<int?>(null)), (1, Gen.Choose(0, 40 * 366).Select(d => (int?)d)))
        from district in Text("gusu", "kunshan", "sip", "wuzhong")
        from resides in Gen.Elements(true, true, false)
        from status in Gen.Frequency((2, Gen.Constant(EconomicStatus.None)), (1, Gen.Elements(EconomicStatus.LowIncome, EconomicStatus.Dibao, EconomicStatus.ExtremePoverty)))
        from levels in Gen.Choose(-1, 3).ArrayOf(2)
        from arrangement in Enum<LivingArrangement>()
        from special in Gen.Choose(0, 3).Select(i => (SpecialFamily)i)
        from care in Gen.Frequency((3, Gen.Constant<int?>(null)), (1, Gen.Choose(0, 20 * 366).Select(d => (int?)d)))
        from applies in Gen.Elements(true, false)
        from granted in Gen.Elements(true, false, false)
        from cost in Gen.Frequency((2, Gen.Constant<decimal?>(null)), (1, Gen.Choose(0, 50_000).Select(c => (decimal?)c)))
        from meals in Gen.Frequency((2, Gen.Constant<int?>(null)), (1, Gen.Choose(0, 93).Select(m => (int?)m)))
        select new ElderlyPerson
        {
            BirthDate = born,
            DeathDate = dies is { } d ? sixty.PlusDays(d) : null,
            HukouDistrict = district is "gusu" or "kunshan" or "sip" or "wuzhong" or null ? district : "gusu",
            HukouSince = born,
            ResidesInJurisdiction = resides,
            EconomicStatuses = status == EconomicStatus.None ? [] : [new EconomicStatusPeriod(status, sixty)],
            Assessments = [.. levels.Where(l => l >= 0).Distinct().Select((l, i) => new CareAssessment { Level = (CareLevel)l, AssessedOn = sixty.PlusDays(i * 400) })],
            LivingArrangement = arrangement,
            SpecialFamily = special,
            InstitutionalCareFrom = care is { } c ? sixty.PlusDays(c) : null,
            ApplicationDate = applies ? sixty : null,
            AdaptationAlreadyGranted = granted,
            AdaptationCost = cost,
            MealsPerMonth = meals,
        };

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

    /// <summary>One field of a plausible person replaced by a generated, possibly absurd, value.</summary>
    private static Gen<ElderlyPerson> Mutate(ElderlyPerson p) => Gen.OneOf(
        Date.Select(d => p with { BirthDate = d }),
        OptionalDate.Select(d => p with { DeathDate = d }),
        OptionalDate.Select(d => p with { HukouSince = d }),
        Text().Select(t => p with { HukouDistrict = t }),
        List(StatusPeriod, 3).Select(l => p with { EconomicStatuses = l }),
        List(Assessment, 3).Select(l => p with { Assessments = l }),
        Enum<LivingArrangement>().Select(a => p with { LivingArrangement = a }),
        Enum<SpecialFamily>().Select(f => p with { SpecialFamily = f }),
        OptionalDate.Select(d => p with { InstitutionalCareFrom = d }),
        OptionalDate.Select(d => p with { InstitutionalCareUntil = d }),
        OptionalDate.Select(d => p with { ApplicationDate = d }),
        OptionalDecimal.Select(c => p with { AdaptationCost = c }),
        OptionalInt.Select(m => p with { MealsPerMonth = m }));

    public static readonly Gen<ElderlyPerson> Person = Gen.Frequency(
        (2, PlausiblePerson),
        (2, PlausiblePerson.SelectMany(Mutate)),
        (1, PlausiblePerson.SelectMany(Mutate).SelectMany(Mutate)));

    public static readonly Gen<ElderlyCareRequest> ElderlyRequests =
        from person in Person
        from scheduleFrom in Gen.Frequency((4, Gen.Constant<YearMonth?>(null)), (1, OptionalMonth))
        from scheduleTo in Gen.Frequency((4, Gen.Constant<YearMonth?>(null)), (1, OptionalMonth))
        select new ElderlyCareRequest { Person = person, ScheduleFrom = scheduleFrom, ScheduleTo = scheduleTo };
}
