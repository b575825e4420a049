using System.Globalization;
using Governance.Rules.Citations;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using NodaTime;

namespace Governance.Rules.Results;

/// <summary>
/// Collects explanation steps (when asked) and, always, the warnings owed for the parameters used:
/// placeholders, and values last confirmed before a stale-after date.
/// </summary>
internal sealed class ExplanationBuilder
{
    private readonly List<ExplanationStep>? _steps;
    private readonly List<RuleWarning> _warnings = [];
    private EntrySet _warned;
    private EntrySet _stale;
    private readonly LocalDate? _staleBefore;

    public ExplanationBuilder(bool explain) => _steps = explain ? [] : null;

    /// <summary>A builder that also warns about entries whose <see cref="ParameterValueInfo.Confirmed"/> date is before <paramref name="staleBefore"/>.</summary>
    public ExplanationBuilder(bool explain, LocalDate? staleBefore)
        : this(explain) => _staleBefore = staleBefore;

    public bool Explaining => _steps is not null;

    /// <summary>Records that a parameter entry was used (for warnings) and returns its use for a step.</summary>
    public ParameterUse Use(ParameterValueInfo info)
    {
        Note(info);
        return ToUse(info);
    }

    /// <summary>Records a parameter entry for warnings only.</summary>
    public void Note(ParameterValueInfo info) => Note(info, first: false);

    /// <summary>
    /// Records a parameter entry for warnings only, without looking whether it was noted before: for a caller that notes every entry
    /// through this method and has made sure no two share a key and start date.
    /// </summary>
    public void NoteFirst(ParameterValueInfo info) => Note(info, first: true);

    private void Note(ParameterValueInfo info, bool first)
    {
        if (info.Provenance == Provenance.Placeholder && (first || _warned.Add(info)))
        {
            // Built once per pack entry and shared: the text depends on the entry only (a benign race builds equal values).
            _warnings.Add(info.PlaceholderWarning ??= new RuleWarning(
                RuleWarning.PlaceholderUsed,
                new LocalizedText(
                    $"参数“{info.Name.ZhHans}”（{DateZh(info.From)}起）为占位值，尚未取得正式文本依据，使用前须经当地民政部门核实。",
                    $"Parameter '{info.Name.En}' ({info.Key}, from {Date(info.From)}, layer {info.Layer}) is a placeholder: the real figure is not known yet and needs local confirmation."),
                info.Key));
        }

        if (_staleBefore is { } before && info.Confirmed is { } confirmed && confirmed < before && (first || _stale.Add(info)))
        {
            _warnings.Add(info.StaleWarning ??= new RuleWarning(
                RuleWarning.StaleValue,
                new LocalizedText(
                    $"参数“{info.Name.ZhHans}”（{DateZh(info.From)}起）最近一次核实于{DateZh(confirmed)}，可能已过时，请向当地民政部门核实现行标准。",
                    $"Parameter '{info.Name.En}' ({info.Key}, from {Date(info.From)}) was last confirmed in {confirmed.Year.ToString(CultureInfo.InvariantCulture)} ({Date(confirmed)}) and may be out of date; check the current figure with the local civil-affairs bureau."),
                info.Key));
        }
    }

    /// <summary>Adds a warning once.</summary>
    public void Warn(RuleWarning warning)
    {
        if (!_warnings.Contains(warning))
        {
            _warnings.Add(warning);
        }
    }

    /// <summary>Adds a step when explaining. The message factory is only called when explaining.</summary>
    public void Step(string ruleId, Func<LocalizedText> message, ParameterValueInfo?[]? parameters = null, params NamedValue[] values)
    {
        if (parameters is not null)
        {
            foreach (var p in parameters)
            {
                if (p is not null)
                {
                    Note(p);
                }
            }
        }

        if (_steps is null)
        {
            return;
        }

        _steps.Add(new ExplanationStep(ruleId, message(), parameters is null ? [] : Uses(parameters), values));
    }

    /// <summary>The uses of <paramref name="parameters"/> in a step, skipping nulls, read-only so that steps may share them.</summary>
    public static IReadOnlyList<ParameterUse> UsesOf(ReadOnlySpan<ParameterValueInfo?> parameters) => Array.AsReadOnly(Uses(parameters));

    /// <summary>
    /// Adds a step whose message is already made (when explaining), noting its parameters for warnings either way;
    /// allocates nothing when not explaining.
    /// </summary>
    public void Step(string ruleId, LocalizedText message, params ReadOnlySpan<ParameterValueInfo?> parameters)
    {
        NoteEach(parameters);
        if (_steps is not null)
        {
            _steps.Add(new ExplanationStep(ruleId, message, Uses(parameters), []));
        }
    }

    /// <summary>Records parameter entries for warnings only, skipping nulls: what <see cref="Step(string, Func{LocalizedText}, ParameterValueInfo?[], NamedValue[])"/> does with them when not explaining.</summary>
    public void NoteEach(params ReadOnlySpan<ParameterValueInfo?> parameters)
    {
        foreach (var p in parameters)
        {
            if (p is not null)
            {
                Note(p);
            }
        }
    }

    private static ParameterUse[] Uses(ReadOnlySpan<ParameterValueInfo?> parameters)
    {
        var uses = new List<ParameterUse>(parameters.Length);
        foreach (var p in parameters)
        {
            if (p is not null)
            {
                uses.Add(ToUse(p));
            }
        }

        return [.. uses];
    }

    public Explanation Build() => _steps is null ? Explanation.None : new Explanation(_steps.ToArray());

    public IReadOnlyList<RuleWarning> Warnings => _warnings.ToArray();

    /// <summary>The warnings as a read-only list that many results may share (for lists kept and given again).</summary>
    public IReadOnlyList<RuleWarning> SharedWarnings => Array.AsReadOnly(_warnings.ToArray());

    public static NamedValue Value(string name, decimal value) => new(name, Text(value));

    /// <summary>The last texts of amounts written on this thread, by the amount's exact representation (1200 and 1200.00 apart).</summary>
    [ThreadStatic]
    private static (int Lo, int Mid, int Hi, int Flags, string Text)[]? t_amountTexts;

    /// <summary>An amount's invariant text, from a small per-thread cache: the same amounts recur in every explanation.</summary>
    private static string Text(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var cache = t_amountTexts ??= new (int, int, int, int, string)[64];
        ref var slot = ref cache[(bits[0] ^ bits[1] ^ bits[2] ^ (bits[3] >> 16)) & 63];
        if (slot.Text is not null && slot.Lo == bits[0] && slot.Mid == bits[1] && slot.Hi == bits[2] && slot.Flags == bits[3])
        {
            return slot.Text;
        }

        var text = value.ToString(CultureInfo.InvariantCulture);
        slot = (bits[0], bits[1], bits[2], bits[3], text);
        return text;
    }

    public static NamedValue Value(string name, long value) => new(name, value.ToString(CultureInfo.InvariantCulture));

    public static NamedValue Value(string name, string value) => new(name, value);

    public static string Date(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A date as an official writes it in Chinese: 2025年10月1日.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string DateZh(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    // Made once per pack entry and shared: a use depends on the entry only (a benign race makes equal values).
    private static ParameterUse ToUse(ParameterValueInfo info) =>
        info.Use ??= new(info.Key, info.Name, info.DisplayValue, info.Unit, info.From, info.Layer, info.Citation, info.Provenance);

    /// <summary>
    /// Parameter entries seen, known by key and start date: the first few in a small array searched in turn (most evaluations
    /// note only a few placeholders), the rest in a hash set.
    /// </summary>
    private struct EntrySet
    {
        private const int Small = 8;
        private ParameterValueInfo[]? _small;
        private int _count;
        private HashSet<ParameterValueInfo>? _set;

        /// <summary>Adds the entry; false when an entry with its key and start date was added before.</summary>
        public bool Add(ParameterValueInfo info)
        {
            if (_set is not null)
            {
                return _set.Add(info);
            }

            _small ??= new ParameterValueInfo[Small];
            for (var i = 0; i < _count; i++)
            {
                var seen = _small[i];
                if (ReferenceEquals(seen, info) || (seen.From == info.From && string.Equals(seen.Key, info.Key, StringComparison.Ordinal)))
                {
                    return false;
                }
            }

            if (_count < Small)
            {
                _small[_count++] = info;
                return true;
            }

            _set = new HashSet<ParameterValueInfo>(2 * Small, SameEntry.Instance);
            foreach (var seen in _small)
            {
                _set.Add(seen);
            }

            return _set.Add(info);
        }
    }

    /// <summary>Entries equal by key and start date, hashed by the hash each entry made once.</summary>
    internal sealed class SameEntry : IEqualityComparer<ParameterValueInfo>
    {
        public static readonly SameEntry Instance = new();

        public bool Equals(ParameterValueInfo? x, ParameterValueInfo? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.From == y.From && string.Equals(x.Key, y.Key, StringComparison.Ordinal));

        public int GetHashCode(ParameterValueInfo obj) => obj.EntryHash;
    }
}
