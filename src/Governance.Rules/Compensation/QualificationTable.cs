using System.Text.Json;
using Governance.Rules.Localization;
using Governance.Rules.Packs;

namespace Governance.Rules.Compensation;

/// <summary>One social-work qualification (社会工作者职业资格) and the grades it adds within the post's range.</summary>
/// <param name="Code">The stable code, for example <c>social-worker</c> (社会工作师).</param>
/// <param name="Name">The qualification's name.</param>
/// <param name="Level">Its level: 1 for the lowest listed, rising in pack order.</param>
/// <param name="Uplift">The grades added (0 or more).</param>
public sealed record Qualification(string Code, LocalizedText Name, int Level, int Uplift);

/// <summary>
/// The qualifications a worker may hold, lowest first. Only the highest held counts (不累加): uplifts rise
/// strictly with the level.
/// </summary>
public sealed class QualificationTable
{
    private readonly Qualification[] _qualifications;

    private QualificationTable(IReadOnlyList<Qualification> qualifications)
    {
        Qualifications = qualifications;
        _qualifications = [.. qualifications];
    }

    /// <summary>The qualifications, lowest first.</summary>
    public IReadOnlyList<Qualification> Qualifications { get; }

    /// <summary>Finds a qualification by code.</summary>
    /// <param name="code">The qualification code (ordinal).</param>
    /// <param name="qualification">The qualification when found.</param>
    /// <returns>True when the pack defines it.</returns>
    public bool TryGet(string code, out Qualification qualification)
    {
        foreach (var q in _qualifications)
        {
            if (string.Equals(q.Code, code, StringComparison.Ordinal))
            {
                qualification = q;
                return true;
            }
        }

        qualification = null!;
        return false;
    }

    internal static bool TryRead(JsonElement json, out QualificationTable value, out string? error)
    {
        value = null!;
        if (json.ValueKind != JsonValueKind.Array)
        {
            error = "expected an array of {code, zh-Hans, en, uplift}, lowest qualification first";
            return false;
        }

        var list = new List<Qualification>();
        foreach (var item in json.EnumerateArray())
        {
            if (!PayJson.Exactly(item, "code", "zh-Hans", "en", "uplift")
                || !PayJson.String(item, "code", out var code) || !PayJson.String(item, "zh-Hans", out var zh) || !PayJson.String(item, "en", out var en)
                || !item.GetProperty("uplift").TryInt32(out var uplift) || uplift < 0)
            {
                error = "each qualification is exactly {code, zh-Hans, en, uplift} with a whole, non-negative uplift";
                return false;
            }

            if (list.Any(q => q.Code == code))
            {
                error = $"qualification '{code}' appears twice";
                return false;
            }

            if (list.Count > 0 && uplift <= list[^1].Uplift)
            {
                error = $"qualifications are listed lowest first with strictly rising uplift: '{code}' does not rise above '{list[^1].Code}'";
                return false;
            }

            list.Add(new Qualification(code, new LocalizedText(zh, en), list.Count + 1, uplift));
        }

        value = new QualificationTable(list);
        error = null;
        return true;
    }
}
