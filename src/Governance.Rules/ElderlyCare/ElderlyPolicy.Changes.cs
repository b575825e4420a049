namespace Governance.Rules.ElderlyCare;

/// <summary>What of one compiled policy can make a person's month evaluation change from one month to the next.</summary>
internal sealed partial class ElderlyPolicy
{
    /// <summary>
    /// Adds the figures of this policy that turn into months per person: every age at which a condition begins or ends (a band's
    /// lowest age and the age after its highest, each tier's and table's lowest age), the assessment validity, the back-pay months
    /// and the payment month of yearly amounts.
    /// </summary>
    public void AddChangeFigures(ElderlyChangeFigures figures)
    {
        for (var b = 0; b < _bandValues.Length; b++)
        {
            if (_bandValues[b] is { } band)
            {
                figures.Ages.Add(band.MinAge);
                figures.OneOffBand |= band.Period == BenefitPeriod.OneOff;
                if (band.MaxAge is { } max)
                {
                    figures.Ages.Add(max + 1);
                }
            }
        }

        foreach (var tier in _homeTiers)
        {
            figures.Ages.Add(tier.MinAge);
        }

        if (Nursing.HasValue)
        {
            figures.Ages.Add(Nursing.Value.MinAge);
        }

        if (Adaptation.HasValue)
        {
            figures.Ages.Add(Adaptation.Value.MinAge);
        }

        if (Meal.HasValue)
        {
            figures.Ages.Add(Meal.Value.MinAge);
        }

        if (Validity.HasValue)
        {
            figures.Validities.Add(Validity.Value);
        }

        if (LumpSum.HasValue)
        {
            figures.LumpSumMonths.Add(LumpSum.Value);
        }

        for (var b = 0; b < _rules.Length; b++)
        {
            var rule = _rules[b];
            figures.FromApplicationMask |= rule.FromApplication ? 1 << b : 0;
            if (rule.BackPay == BackPay.Months)
            {
                figures.BackPayMonths.Add(rule.BackPayMonths);
            }

            figures.CurrentYearBackPay |= rule.BackPay == BackPay.CurrentYear;
        }

        figures.FestivalDay |= FestivalDay.HasValue;
    }
}

/// <summary>The figures of every policy of a pack that turn into months per person (see <see cref="ElderlyPolicy.AddChangeFigures"/>).</summary>
internal sealed class ElderlyChangeFigures
{
    public HashSet<int> Ages { get; } = [];

    public HashSet<int> Validities { get; } = [];

    public HashSet<int> BackPayMonths { get; } = [];

    public HashSet<int> LumpSumMonths { get; } = [];

    /// <summary>True when some policy ties the centenarians' lump sum to 重阳节.</summary>
    public bool FestivalDay { get; set; }

    /// <summary>True when some rule back-pays to January of the year of application.</summary>
    public bool CurrentYearBackPay { get; set; }

    /// <summary>True when some age band is a one-off grant (owed in the first month of a run only).</summary>
    public bool OneOffBand { get; set; }

    /// <summary>A bit per benefit that runs from an application under some policy.</summary>
    public int FromApplicationMask { get; set; }
}
