using System.Text.Json;
using Governance.Rules.Localization;
using Governance.Rules.Packs;

namespace Governance.Rules.Compensation;

/// <summary>One degree (学历) and the years of service it is counted as.</summary>
/// <param name="Code">The stable code, for example <c>bachelor</c>.</param>
/// <param name="Name">The degree's name.</param>
/// <param name="Years">The years counted as community service (0 or more).</param>
public sealed record DegreeCredit(string Code, LocalizedText Name, int Years);

/// <summary>The degree credit table (学历折算工龄), by degree code.</summary>
public sealed class DegreeCreditTable
{
    private readonly DegreeCredit[] _degrees;

    private DegreeCreditTable(IReadOnlyList<DegreeCredit> degrees)
    {
        Degrees = degrees;
        _degrees = [.. degrees];
    }

    /// <summary>The degrees in pack order.</summary>
    public IReadOnlyList<DegreeCredit> Degrees { get; }

    /// <summary>Finds a degree by code.</summary>
    /// <param name="code">The degree code (ordinal).</param>
    /// <param name="degree">The degree when found.</param>
    /// <returns>True when the pack defines the degree.</returns>
    public bool TryGet(string code, out DegreeCredit degree)
    {
        foreach (var d in _degrees)
        {
            if (string.Equals(d.Code, code, StringComparison.Ordinal))
            {
                degree = d;
                return true;
            }
        }

        degree = null!;
        return false;
    }

    internal static bool TryRead(JsonElement json, out DegreeCreditTable value, out string? error)
    {
        value = null!;
        if (json.ValueKind != JsonValueKind.Array)
        {
            error = "expected an array of {code, zh-Hans, en, years}";
            return false;
        }

        var list = new List<DegreeCredit>();
        foreach (var item in json.EnumerateArray())
        {
            if (!PayJson.Exactly(item, "code", "zh-Hans", "en", "years")
                || !PayJson.String(item, "code", out var code) || !PayJson.String(item, "zh-Hans", out var zh) || !PayJson.String(item, "en", out var en)
                || !item.GetProperty("years").TryInt32(out var years) || years < 0)
            {
                error = "each degree is exactly {code, zh-Hans, en, years} with whole, non-negative years";
                return false;
            }

            if (list.Any(d => d.Code == code))
            {
                error = $"degree '{code}' appears twice";
                return false;
            }

            list.Add(new DegreeCredit(code, new LocalizedText(zh, en), years));
        }

        value = new DegreeCreditTable(list);
        error = null;
        return true;
    }
}
