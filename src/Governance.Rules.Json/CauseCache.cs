using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Governance.Rules.Localization;
using Governance.Rules.Results;

namespace Governance.Rules.Json;

/// <summary>
/// A streaming diff's memory of the causes it has written, so that a cause written before is copied rather than written
/// again: in a one-parameter reform most changed records share a handful of causes (the same step, texts and parameters),
/// and writing one means composing, escaping and encoding its two texts and each parameter's value and citation. A cause is
/// known by its step number, rule, its two texts and the two steps' parameter lists — by reference: a calculator hands out
/// one immutable list per policy and benefit, so a list met again holds the same parameters. A text composed on reading is
/// known by what it is composed from, without composing it (<see cref="LocalizedText"/>); any other by its words in the
/// language written. Lists made afresh
/// for each record never meet again; then at most <see cref="Capacity"/> causes are kept, and once the cache is full and has
/// found fewer causes than it missed, it is no longer consulted (see <see cref="InUse"/>). One instance per worker (not
/// thread-safe).
/// </summary>
internal sealed class CauseCache
{
    /// <summary>The most causes kept.</summary>
    public const int Capacity = 512;

    private readonly Dictionary<Key, byte[]> _written = new(KeyComparer.Instance);
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private Utf8JsonWriter? _scratch;
    private long _found;
    private long _missed;

    /// <summary>The causes kept so far.</summary>
    public int Count => _written.Count;

    /// <summary>False once the cache is full and has found fewer causes than it missed: then looking a cause up costs more than it saves.</summary>
    public bool InUse => _written.Count < Capacity || _found >= _missed;

    /// <summary>What makes two causes' JSON the same.</summary>
    internal readonly record struct Key(
        int Step, string Rule, LocalizedText? BaselineText, LocalizedText? ReformText, IReadOnlyList<ParameterUse>? BaselineParameters,
        IReadOnlyList<ParameterUse>? ReformParameters, Language Language);

    /// <summary>The JSON of a cause written before, or null.</summary>
    public byte[]? Find(in Key key)
    {
        var json = _written.GetValueOrDefault(key);
        _ = json is null ? _missed++ : _found++;
        return json;
    }

    /// <summary>A writer for a new cause, with the options of the writer it will be copied into, emptied.</summary>
    public Utf8JsonWriter Start(JsonWriterOptions options)
    {
        _buffer.ResetWrittenCount();
        if (_scratch is null || !SameOptions(_scratch.Options, options))
        {
            _scratch?.Dispose();
            _scratch = new Utf8JsonWriter(_buffer, options);
        }
        else
        {
            _scratch.Reset(_buffer);
        }

        return _scratch;
    }

    /// <summary>The cause just written through <see cref="Start"/>, kept under <paramref name="key"/> while there is room.</summary>
    public ReadOnlySpan<byte> Finish(in Key key)
    {
        _scratch!.Flush();
        var json = _buffer.WrittenSpan;
        if (_written.Count < Capacity)
        {
            _written[key] = json.ToArray();
        }

        return json;
    }

    private static bool SameOptions(JsonWriterOptions x, JsonWriterOptions y) =>
        x.Encoder == y.Encoder && x.Indented == y.Indented && x.SkipValidation == y.SkipValidation
        && x.MaxDepth == y.MaxDepth && x.NewLine == y.NewLine && x.IndentCharacter == y.IndentCharacter && x.IndentSize == y.IndentSize;

    /// <summary>
    /// Rules by their characters, parameter lists by reference; texts by what they are composed from when both are composed
    /// alike, else by their words in the language written. Two texts alike in words but not both composed hash differently:
    /// the cause is then written afresh, never copied wrongly.
    /// </summary>
    internal sealed class KeyComparer : IEqualityComparer<Key>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals(Key x, Key y) =>
            x.Step == y.Step && x.Language == y.Language
            && ReferenceEquals(x.BaselineParameters, y.BaselineParameters) && ReferenceEquals(x.ReformParameters, y.ReformParameters)
            && string.Equals(x.Rule, y.Rule, StringComparison.Ordinal)
            && SameText(x.BaselineText, y.BaselineText, x.Language) && SameText(x.ReformText, y.ReformText, x.Language);

        public int GetHashCode(Key key) => HashCode.Combine(
            key.Step, key.Rule, TextHash(key.BaselineText, key.Language), TextHash(key.ReformText, key.Language),
            key.BaselineParameters is null ? 0 : RuntimeHelpers.GetHashCode(key.BaselineParameters),
            key.ReformParameters is null ? 0 : RuntimeHelpers.GetHashCode(key.ReformParameters),
            key.Language);

        private static bool SameText(LocalizedText? x, LocalizedText? y, Language language) =>
            ReferenceEquals(x, y) || (x is not null && y is not null
                && (x.SameComposition(y) || string.Equals(x.Get(language), y.Get(language), StringComparison.Ordinal)));

        private static int TextHash(LocalizedText? text, Language language) =>
            text is null ? 0 : text.CompositionHash ?? StringComparer.Ordinal.GetHashCode(text.Get(language));
    }
}
