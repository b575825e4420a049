using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using NodaTime;
using NodaTime.Text;

namespace Governance.Rules.TaskAdmission;

/// <summary>The work-item admission parameters (社区工作事项准入) a pack may hold.</summary>
/// <remarks>
/// Each rule of the admission review is a dated, cited parameter, so a refusal reason names its source and a
/// layer can switch a rule on from the day its document applies (for example the 2026 app rules).
/// </remarks>
public static class AdmissionParameters
{
    /// <summary>An item needs a legal basis (准入制度: 有法律法规依据).</summary>
    public static readonly ParameterDefinition<bool> LegalBasisRequired = ParameterDefinition.Boolean("admission.legal_basis_required");

    /// <summary>Funds and authority follow the task (费随事转、权随责转).</summary>
    public static readonly ParameterDefinition<bool> ResourcesMustFollow = ParameterDefinition.Boolean("admission.resources_must_follow");

    /// <summary>No separate departmental rating or assessment of communities (统一综合考核).</summary>
    public static readonly ParameterDefinition<bool> SeparateRatingsBanned = ParameterDefinition.Boolean("admission.separate_ratings_banned");

    /// <summary>One-vote veto items abolished (取消“一票否决”).</summary>
    public static readonly ParameterDefinition<bool> OneVoteVetoBanned = ParameterDefinition.Boolean("admission.one_vote_veto_banned");

    /// <summary>Departmental plaques in communities cleaned up (清理挂牌).</summary>
    public static readonly ParameterDefinition<bool> PlaquesBanned = ParameterDefinition.Boolean("admission.plaques_banned");

    /// <summary>No ledgers or paper trails demanded of communities (台账、留痕).</summary>
    public static readonly ParameterDefinition<bool> LedgersBanned = ParameterDefinition.Boolean("admission.ledgers_banned");

    /// <summary>The same material reported at most once (重复报送).</summary>
    public static readonly ParameterDefinition<bool> RepeatedReportingBanned = ParameterDefinition.Boolean("admission.repeated_reporting_banned");

    /// <summary>No forced app check-ins, rankings or online-time statistics (政务APP强制打卡).</summary>
    public static readonly ParameterDefinition<bool> AppCheckInsBanned = ParameterDefinition.Boolean("admission.app_check_ins_banned");

    /// <summary>Items not on the admission lists may be refused by the community (未准入事项可拒绝).</summary>
    public static readonly ParameterDefinition<bool> UnlistedMayBeRefused = ParameterDefinition.Boolean("admission.unlisted_may_be_refused");

    /// <summary>The kinds of task that may not be pushed down to communities (禁止下沉事项类别).</summary>
    public static readonly ParameterDefinition<ProhibitedKindTable> ProhibitedKinds =
        ParameterDefinition.Table<ProhibitedKindTable>("admission.prohibited_kinds", ProhibitedKindTable.TryRead);

    /// <summary>The body that approves new items (审批机构), for example the Suzhou city joint meeting.</summary>
    public static readonly ParameterDefinition<LocalizedText> ApprovingBody =
        ParameterDefinition.Table<LocalizedText>("admission.approving_body", ReadText);

    /// <summary>The catalogue's adjustment cycle in months (名录调整周期; Suzhou: annual).</summary>
    public static readonly ParameterDefinition<int> AdjustmentCycleMonths = ParameterDefinition.Integer("admission.adjustment_cycle_months", minimum: 1, maximum: 120);

    /// <summary>The day of the year (MM-dd) on which an adjustment takes effect.</summary>
    public static readonly ParameterDefinition<AnnualDate> AdjustmentAnchor =
        ParameterDefinition.Table<AnnualDate>("admission.adjustment_anchor", ReadAnnualDate);

    /// <summary>The published counts of a catalogue clean-up (Suzhou 2014: retained 9/55/2/8; cancelled 90/28/53), as cited metadata.</summary>
    public static readonly ParameterDefinition<CatalogueCounts> CatalogueCounts =
        ParameterDefinition.Table<CatalogueCounts>("admission.catalogue_counts", TaskAdmission.CatalogueCounts.TryRead);

    /// <summary>All admission definitions.</summary>
    public static IReadOnlyList<ParameterDefinition> All { get; } =
    [
        LegalBasisRequired, ResourcesMustFollow, SeparateRatingsBanned, OneVoteVetoBanned, PlaquesBanned, LedgersBanned,
        RepeatedReportingBanned, AppCheckInsBanned, UnlistedMayBeRefused, ProhibitedKinds, ApprovingBody, AdjustmentCycleMonths,
        AdjustmentAnchor, CatalogueCounts,
    ];

    private static bool ReadText(JsonElement json, out LocalizedText value, out string? error)
    {
        value = null!;
        error = null;
        if (json.ValueKind != JsonValueKind.Object
            || !json.TryGetProperty("zh-Hans", out var zh) || zh.ValueKind != JsonValueKind.String
            || !json.TryGetProperty("en", out var en) || en.ValueKind != JsonValueKind.String
            || json.EnumerateObject().Count() != 2)
        {
            error = "expected exactly {zh-Hans, en}";
            return false;
        }

        value = new LocalizedText(zh.GetString()!, en.GetString()!);
        return true;
    }

    private static bool ReadAnnualDate(JsonElement json, out AnnualDate value, out string? error)
    {
        value = default;
        error = null;
        var parsed = json.ValueKind == JsonValueKind.String ? AnnualDatePattern.Iso.Parse(json.GetString()!) : null;
        if (parsed is null || !parsed.Success)
        {
            error = "expected a day of the year as \"MM-dd\"";
            return false;
        }

        value = parsed.Value;
        return true;
    }
}

/// <summary>One kind of task that may not be pushed down to communities.</summary>
/// <param name="Code">The stable code used in requests, for example <c>investment-attraction</c>.</param>
/// <param name="Name">The kind's name.</param>
public sealed record ProhibitedKind(string Code, LocalizedText Name)
{
    /// <summary>
    /// Words whose presence in a work item's title flags it as this kind even when the caller did not tag it
    /// (for example 招商引资, 协税护税, 征地拆迁), as pack data with the citation that bans the kind.
    /// </summary>
    public IReadOnlyList<string> Terms { get; init; } = [];
}

/// <summary>The prohibited kinds of a pack, by code.</summary>
public sealed class ProhibitedKindTable
{
    private ProhibitedKindTable(IReadOnlyList<ProhibitedKind> kinds)
    {
        Kinds = kinds;
        ByCode = kinds.ToFrozenDictionary(k => k.Code, StringComparer.Ordinal);
    }

    /// <summary>The kinds in pack order.</summary>
    public IReadOnlyList<ProhibitedKind> Kinds { get; }

    /// <summary>The kinds by code.</summary>
    public IReadOnlyDictionary<string, ProhibitedKind> ByCode { get; }

    internal static bool TryRead(JsonElement json, out ProhibitedKindTable value, out string? error)
    {
        value = null!;
        error = null;
        if (json.ValueKind != JsonValueKind.Array)
        {
            error = "expected an array of {code, zh-Hans, en, terms?}";
            return false;
        }

        var list = new List<ProhibitedKind>();
        foreach (var item in json.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object
                || !item.TryGetProperty("code", out var code) || code.ValueKind != JsonValueKind.String || code.GetString()!.Length == 0
                || !item.TryGetProperty("zh-Hans", out var zh) || zh.ValueKind != JsonValueKind.String
                || !item.TryGetProperty("en", out var en) || en.ValueKind != JsonValueKind.String
                || item.EnumerateObject().Count() != (item.TryGetProperty("terms", out _) ? 4 : 3))
            {
                error = "each kind is exactly {code, zh-Hans, en} with optional 'terms'";
                return false;
            }

            var terms = new List<string>();
            if (item.TryGetProperty("terms", out var t))
            {
                // Counted after normalising, as titles are: a term of punctuation or spaces alone would be found in every title.
                if (t.ValueKind != JsonValueKind.Array || t.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String || Catalogues.CatalogueText.Normalize(e.GetString()!).Length < 2))
                {
                    error = $"kind '{code.GetString()}': 'terms' is an array of words of two or more characters (not counting punctuation and spaces)";
                    return false;
                }

                terms.AddRange(t.EnumerateArray().Select(e => Catalogues.CatalogueText.Normalize(e.GetString()!)));
            }

            if (list.Any(k => k.Code == code.GetString()))
            {
                error = $"kind '{code.GetString()}' appears twice";
                return false;
            }

            list.Add(new ProhibitedKind(code.GetString()!, new LocalizedText(zh.GetString()!, en.GetString()!)) { Terms = terms });
        }

        if (list.Count == 0)
        {
            error = "at least one kind is needed";
            return false;
        }

        value = new ProhibitedKindTable(list);
        return true;
    }
}

/// <summary>The published counts of a catalogue clean-up: items retained per list kind and items cancelled or merged.</summary>
public sealed class CatalogueCounts
{
    private CatalogueCounts(IReadOnlyDictionary<string, int> retained, IReadOnlyDictionary<string, int> cancelled)
    {
        Retained = retained;
        Cancelled = cancelled;
    }

    /// <summary>Items retained by list kind (for example <c>assisting</c> → 55).</summary>
    public IReadOnlyDictionary<string, int> Retained { get; }

    /// <summary>Items cancelled or merged by group (for example <c>stamping</c> → 53).</summary>
    public IReadOnlyDictionary<string, int> Cancelled { get; }

    /// <summary>The total retained.</summary>
    public int TotalRetained => Retained.Values.Sum();

    internal static bool TryRead(JsonElement json, out CatalogueCounts value, out string? error)
    {
        value = null!;
        error = null;
        if (json.ValueKind != JsonValueKind.Object
            || !json.TryGetProperty("retained", out var retained) || !json.TryGetProperty("cancelled", out var cancelled)
            || json.EnumerateObject().Count() != 2
            || !TryCounts(retained, out var r) || !TryCounts(cancelled, out var c))
        {
            error = "expected {retained: {kind: count}, cancelled: {group: count}} with whole, non-negative counts";
            return false;
        }

        value = new CatalogueCounts(r, c);
        return true;
    }

    private static bool TryCounts(JsonElement json, out FrozenDictionary<string, int> counts)
    {
        counts = FrozenDictionary<string, int>.Empty;
        if (json.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in json.EnumerateObject())
        {
            if (!p.Value.TryInt32(out var n) || n < 0 || !map.TryAdd(p.Name, n))
            {
                return false;
            }
        }

        counts = map.ToFrozenDictionary(StringComparer.Ordinal);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Join(", ", Retained.Select(kv => kv.Key + " " + kv.Value.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The retained counts as an official writes them, each list by its name: 依法履职事项9项、协助政府工作事项55项….</summary>
    /// <param name="listName">The Chinese name of a list, by its code (null when the pack has no such list).</param>
    /// <returns>The text.</returns>
    internal string ToChinese(Func<string, string?> listName) =>
        string.Join("、", Retained.Select(kv => (listName(kv.Key) ?? kv.Key) + kv.Value.ToString(CultureInfo.InvariantCulture) + "项"));

    /// <summary>The retained counts in English, each list by its name where the pack has it: Statutory duties 9, Assisting government 55….</summary>
    /// <param name="listName">The English name of a list, by its code (null when the pack has no such list).</param>
    /// <returns>The text.</returns>
    internal string ToEnglish(Func<string, string?> listName) =>
        string.Join(", ", Retained.Select(kv => (listName(kv.Key) ?? kv.Key) + " " + kv.Value.ToString(CultureInfo.InvariantCulture)));
}
