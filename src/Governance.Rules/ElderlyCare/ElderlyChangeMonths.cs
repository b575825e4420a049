using Governance.Rules.Time;
using static Governance.Rules.ElderlyCare.ElderlyMonths;

namespace Governance.Rules.ElderlyCare;

/// <summary>
/// The figures of a pack that turn into change months per person, compiled once per calculator: the months in which the policy
/// in force changes, and every age, validity, back-pay length and payment month any of its policies names.
/// </summary>
internal sealed class ElderlyChangeCalendar
{
    public ElderlyChangeCalendar(int[] policyMonths, ElderlyChangeFigures figures)
    {
        PolicyMonths = policyMonths;
        Ages = [.. figures.Ages.Order()];
        Validities = [.. figures.Validities.Order()];
        BackPayMonths = [.. figures.BackPayMonths.Order()];
        LumpSumMonths = [.. figures.LumpSumMonths.Order()];
        FestivalDay = figures.FestivalDay;
        CurrentYearBackPay = figures.CurrentYearBackPay;
        OneOffBand = figures.OneOffBand;
        FromApplicationMask = figures.FromApplicationMask;
    }

    /// <summary>The months in which the policy in force differs from the month before (the first month of each policy).</summary>
    public int[] PolicyMonths { get; }

    public int[] Ages { get; }

    public int[] Validities { get; }

    public int[] BackPayMonths { get; }

    public int[] LumpSumMonths { get; }

    /// <summary>True when some policy ties the centenarians' lump sum to 重阳节, whose month differs from year to year.</summary>
    public bool FestivalDay { get; }

    /// <summary>True when some rule back-pays to January of the year of application.</summary>
    public bool CurrentYearBackPay { get; }

    /// <summary>True when some age band is a one-off grant, owed only in the first month of a run.</summary>
    public bool OneOffBand { get; }

    /// <summary>A bit per benefit that runs from an application under some policy.</summary>
    public int FromApplicationMask { get; }
}

/// <summary>
/// The months in which something the month evaluation of one person reads may change: a policy change, a birthday crossing an
/// age any policy names (under either 29 February rule and either start rule), death, hukou, a status period or an assessment
/// beginning or ending, the application and its back-pay limits, institutional care. Between two such months every month gives the
/// same conditions and amounts for each benefit, so a run of entitlement or a sum over months can jump from one to the next
/// instead of walking month by month; a run of entitlement to one benefit jumps over the months marked only by what that
/// benefit's conditions do not read (an application, a status period or assessment, institutional care). The 重阳节 lump sum, whose conditions are taken on the festival day, is the one benefit
/// still walked month by month (see <see cref="MonthByMonth"/>).
/// </summary>
internal sealed class ElderlyChangeMonths
{
    /// <summary>Earlier than any month a date can give.</summary>
    private const int Before = int.MinValue / 2;

    /// <summary>Later than any month a date can give.</summary>
    private const int After = int.MaxValue / 2;

    private readonly ElderlyChangeCalendar _calendar;

    /// <summary>
    /// The change months, sorted and distinct, each stored as <c>month &lt;&lt; 4 | sources</c>: <see cref="Every"/> when it may
    /// change the conditions of every benefit (a policy change, a birthday, death, hukou), <see cref="Application"/> of those
    /// running from an application, <see cref="Status"/> of those reading economic status or care level, and
    /// <see cref="Care"/> only what is paid after stacking (institutional care).
    /// </summary>
    private readonly int[] _months;
    private readonly int _count;

    public ElderlyChangeMonths(ElderlyChangeCalendar calendar, in ElderlyFacts f, ElderlyPerson person)
    {
        _calendar = calendar;
        var statuses = person.EconomicStatuses;
        var assessments = person.Assessments;
        var capacity = calendar.PolicyMonths.Length + (3 * calendar.Ages.Length) + 8 + (4 * statuses.Count)
            + (assessments.Count * (4 + (2 * calendar.Validities.Length))) + 5 + (2 * calendar.BackPayMonths.Length);
        var months = new int[capacity];
        var n = 0;
        foreach (var m in calendar.PolicyMonths)
        {
            months[n++] = (m << Shift) | Every;
        }

        // A birthday: the month it falls in, under 次月起 the month after, and for a 29 February birth in a common year one more.
        var policyEnd = n;
        foreach (var age in calendar.Ages)
        {
            var at = f.BirthMonth + (12 * age);
            months[n++] = (at << Shift) | Every;
            months[n++] = ((at + 1) << Shift) | Every;
            if (f.LeapBirthday)
            {
                months[n++] = ((at + 2) << Shift) | Every;
            }
        }

        var agesEnd = n;
        n = Pair(months, n, f.DeathMonth, Every);
        n = Pair(months, n, f.HukouMonth, Every);
        if (f.CareFromMonth != ElderlyFacts.Never)
        {
            months[n++] = (f.CareFromMonth << Shift) | Care;
        }

        if (f.CareUntilMonth != ElderlyFacts.Never)
        {
            months[n++] = ((f.CareUntilMonth + 1) << Shift) | Care;
        }

        for (var i = 0; i < statuses.Count; i++)
        {
            var s = statuses[i];
            n = Pair(months, n, MonthIndex(s.From), Status);
            n = s.To is { } to ? Pair(months, n, MonthAfterDay(to), Status) : n;
        }

        for (var i = 0; i < assessments.Count; i++)
        {
            var a = assessments[i];
            var assessed = MonthIndex(a.AssessedOn);
            n = Pair(months, n, assessed, Status);
            if (a.ValidUntil is { } until)
            {
                n = Pair(months, n, MonthAfterDay(until), Status);
            }
            else
            {
                foreach (var v in calendar.Validities)
                {
                    n = Pair(months, n, assessed + v, Status);
                }
            }
        }

        if (f.HasApplication)
        {
            // The first month paid (application month or the month after) and the first month back-paid before it.
            n = Pair(months, n, f.ApplicationMonth, Application);
            if (calendar.CurrentYearBackPay)
            {
                months[n++] = ((f.ApplicationYear * 12) << Shift) | Application;
            }

            foreach (var k in calendar.BackPayMonths)
            {
                n = Pair(months, n, f.ApplicationMonth - k, Application);
            }
        }

        // Sorted by month; one entry per month, which changes every benefit when any of its sources does.
        SortRuns(months, policyEnd, agesEnd, n);
        var unique = 0;
        for (var i = 0; i < n; i++)
        {
            if (unique > 0 && months[i] >> Shift == months[unique - 1] >> Shift)
            {
                months[unique - 1] |= months[i] & Sources;
            }
            else
            {
                months[unique++] = months[i];
            }
        }

        _months = months;
        _count = unique;
    }

    /// <summary>
    /// Sorts <paramref name="months"/>[0..<paramref name="count"/>), which holds two sorted runs — the policy months (in
    /// order), then the birthdays (ages in order, each a few months after the one before) — and then the person's other
    /// months in no order: the last are sorted, then the three runs merged. A person has a few dozen months, most of them in
    /// the two runs, which a full sort would take apart again.
    /// </summary>
    internal static void SortRuns(int[] months, int firstRunEnd, int secondRunEnd, int count)
    {
        Array.Sort(months, secondRunEnd, count - secondRunEnd);
        Span<int> both = secondRunEnd <= 128 ? stackalloc int[secondRunEnd] : new int[secondRunEnd];
        Merge(months.AsSpan(0, firstRunEnd), months.AsSpan(firstRunEnd, secondRunEnd - firstRunEnd), both);

        // Into the array from its start while the third run is read from further on: the write never passes the read.
        Merge(both, months.AsSpan(secondRunEnd, count - secondRunEnd), months.AsSpan(0, count));
    }

    /// <summary>Merges two sorted runs into <paramref name="into"/> (which may end with <paramref name="second"/> itself).</summary>
    private static void Merge(ReadOnlySpan<int> first, ReadOnlySpan<int> second, Span<int> into)
    {
        int i = 0, j = 0, k = 0;
        while (i < first.Length && j < second.Length)
        {
            into[k++] = first[i] <= second[j] ? first[i++] : second[j++];
        }

        while (i < first.Length)
        {
            into[k++] = first[i++];
        }

        // What is left of the second run is already in place when it is the end of into.
        while (j < second.Length)
        {
            into[k++] = second[j++];
        }
    }

    /// <summary>True when benefit <paramref name="b"/> must be looked at month by month: the 重阳节 lump sum taken on the festival day.</summary>
    public bool MonthByMonth(int b) => b == (int)ElderlyBenefit.CentenarianFestival && _calendar.FestivalDay;

    /// <summary>
    /// The first month of the stretch in which the conditions of benefit <paramref name="b"/> do not change that holds month
    /// <paramref name="m"/>: the last change month at or before it of a source the benefit reads (see <see cref="Reads"/>).
    /// </summary>
    public int StretchStart(int m, int b)
    {
        var reads = Reads(b);
        var i = FirstAfter(m);
        while (i > 0 && (_months[i - 1] & reads) == 0)
        {
            i--;
        }

        return i == 0 ? Before : _months[i - 1] >> Shift;
    }

    /// <summary>The first month after <paramref name="m"/> in which the conditions of benefit <paramref name="b"/> may change (see <see cref="StretchStart"/>).</summary>
    public int NextChange(int m, int b)
    {
        var reads = Reads(b);
        var i = FirstAfter(m);
        while (i < _count && (_months[i] & reads) == 0)
        {
            i++;
        }

        return i < _count ? _months[i] >> Shift : After;
    }

    /// <summary>The first change month after <paramref name="m"/>, for any benefit.</summary>
    private int NextChange(int m)
    {
        var i = FirstAfter(m);
        return i < _count ? _months[i] >> Shift : After;
    }

    /// <summary>
    /// The sources of change months that the conditions of benefit <paramref name="b"/> read in the month evaluation
    /// (<see cref="ElderlyPolicy.Month"/>; stacking aside): every benefit reads policy changes, birthdays, death and hukou; the
    /// benefits that run from an application under some policy read the application and its back-pay limits; home care,
    /// nursing and adaptation read the economic status and the care level. None reads institutional care, which only stacks.
    /// </summary>
    private int Reads(int b) =>
        Every
        | ((_calendar.FromApplicationMask & (1 << b)) != 0 ? Application : 0)
        | (b is (int)ElderlyBenefit.HomeCare or (int)ElderlyBenefit.Nursing or (int)ElderlyBenefit.Adaptation ? Status : 0);

    /// <summary>The index of the first change month after <paramref name="m"/> (the count when there is none): a binary search of the sorted, distinct months.</summary>
    private int FirstAfter(int m)
    {
        var months = _months;
        int lo = 0, hi = _count;
        while (lo < hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            if (months[mid] >> Shift <= m)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>
    /// The first month after <paramref name="m"/> whose amounts owed may differ from those of <paramref name="m"/>: a change month,
    /// the month after one (a one-off grant is owed only in the first month of a run), the payment month of yearly amounts and the
    /// month after it, the month of 重阳节 and the month after it (and the one after that for a one-off band), and the next January.
    /// </summary>
    public int NextDueChange(int m)
    {
        var next = Math.Min(NextChange(m), NextChange(m - 1) + 1);
        var january = (m - (((m % 12) + 12) % 12));
        next = Earlier(next, m, january + 12);
        foreach (var l in _calendar.LumpSumMonths)
        {
            next = Earlier(next, m, january + l - 1);
            next = Earlier(next, m, january + l);
        }

        if (_calendar.FestivalDay)
        {
            // A one-off band is owed in a month only if its conditions failed the month before: after 重阳节's month, and in
            // February after a year outside the lunar calendar's range.
            var oneOff = _calendar.OneOffBand ? 1 : 0;
            next = Earlier(next, m, january + oneOff);
            if (LunarFestivals.DoubleNinth(january / 12) is { } day)
            {
                var festival = MonthIndex(day);
                next = Earlier(next, m, festival);
                next = Earlier(next, m, festival + 1);
                next = Earlier(next, m, festival + 1 + oneOff);
            }
        }

        return next;

        static int Earlier(int next, int m, int candidate) => candidate > m && candidate < next ? candidate : next;
    }

    /// <summary>How far a change month is shifted to make room for its sources.</summary>
    private const int Shift = 4;

    /// <summary>A source that may change the conditions of every benefit: a policy change, a birthday, death, hukou.</summary>
    private const int Every = 1;

    /// <summary>The application and its back-pay limits: the benefits that run from an application.</summary>
    private const int Application = 2;

    /// <summary>An economic status period or a care assessment: home care, nursing and adaptation.</summary>
    private const int Status = 4;

    /// <summary>Institutional care: only what is paid after stacking.</summary>
    private const int Care = 8;

    private const int Sources = Every | Application | Status | Care;

    private static int Pair(int[] months, int n, int m, int flag)
    {
        if (m != ElderlyFacts.Never)
        {
            months[n++] = (m << Shift) | flag;
            months[n++] = ((m + 1) << Shift) | flag;
        }

        return n;
    }
}
