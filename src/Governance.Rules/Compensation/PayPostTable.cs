using System.Text.Json;
using Governance.Rules.Localization;
using Governance.Rules.Packs;

namespace Governance.Rules.Compensation;

/// <summary>One post (岗位) of the pay scale and its grade range.</summary>
/// <param name="Code">The stable code used in inputs, for example <c>head</c> (社区正职).</param>
/// <param name="Name">The post's name.</param>
/// <param name="MinGrade">The post's entry and lowest grade (inclusive).</param>
/// <param name="MaxGrade">The post's highest grade (inclusive).</param>
public sealed record PayPost(string Code, LocalizedText Name, int MinGrade, int MaxGrade)
{
    /// <summary>Clamps <paramref name="grade"/> into the post's range.</summary>
    /// <param name="grade">A grade.</param>
    /// <returns>The grade raised to <see cref="MinGrade"/> or cut to <see cref="MaxGrade"/>.</returns>
    public int Clamp(int grade) => Math.Clamp(grade, MinGrade, MaxGrade);
}

/// <summary>The posts of a pay scale (三岗 in the default pack), by code.</summary>
/// <remarks>
/// Post ranges may overlap (正职 7–18 and 副职 4–15 share grades 7–15), but no range may be empty, start below
/// grade 1, or leave a grade between 1 and the highest grade outside every post.
/// </remarks>
public sealed class PayPostTable
{
    private readonly PayPost[] _posts;

    private PayPostTable(IReadOnlyList<PayPost> posts)
    {
        Posts = posts;
        _posts = [.. posts];
        HighestGrade = posts.Max(p => p.MaxGrade);
    }

    /// <summary>The posts in pack order.</summary>
    public IReadOnlyList<PayPost> Posts { get; }

    /// <summary>The highest grade of any post.</summary>
    public int HighestGrade { get; }

    /// <summary>Finds a post by code.</summary>
    /// <param name="code">The post code (ordinal).</param>
    /// <param name="post">The post when found.</param>
    /// <returns>True when the pack defines the post.</returns>
    public bool TryGet(string code, out PayPost post)
    {
        // A scale has a handful of posts: an ordinal scan beats hashing the code.
        foreach (var p in _posts)
        {
            if (string.Equals(p.Code, code, StringComparison.Ordinal))
            {
                post = p;
                return true;
            }
        }

        post = null!;
        return false;
    }

    internal static bool TryRead(JsonElement json, out PayPostTable value, out string? error)
    {
        value = null!;
        if (json.ValueKind != JsonValueKind.Array)
        {
            error = "expected an array of {code, zh-Hans, en, minGrade, maxGrade}";
            return false;
        }

        var list = new List<PayPost>();
        foreach (var item in json.EnumerateArray())
        {
            if (!PayJson.Exactly(item, "code", "zh-Hans", "en", "minGrade", "maxGrade")
                || !PayJson.String(item, "code", out var code) || !PayJson.String(item, "zh-Hans", out var zh) || !PayJson.String(item, "en", out var en)
                || !item.GetProperty("minGrade").TryInt32(out var min) || !item.GetProperty("maxGrade").TryInt32(out var max))
            {
                error = "each post is exactly {code, zh-Hans, en, minGrade, maxGrade} with whole-number grades";
                return false;
            }

            if (min < 1 || max < min)
            {
                error = $"post '{code}' has an empty or invalid grade range {min}–{max} (grades start at 1 and the range must not be empty)";
                return false;
            }

            if (list.Any(p => p.Code == code))
            {
                error = $"post '{code}' appears twice";
                return false;
            }

            list.Add(new PayPost(code, new LocalizedText(zh, en), min, max));
        }

        if (list.Count == 0)
        {
            error = "at least one post is needed";
            return false;
        }

        var highest = list.Max(p => p.MaxGrade);
        for (var g = 1; g <= highest; g++)
        {
            if (!list.Any(p => p.MinGrade <= g && g <= p.MaxGrade))
            {
                error = $"grade {g} lies in no post's range (a gap in the scale)";
                return false;
            }
        }

        value = new PayPostTable(list);
        error = null;
        return true;
    }
}
