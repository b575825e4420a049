using System.Text;

namespace Governance.Rules.Packs;

/// <summary>A rule pack layer supplied by the caller: a file, a stream or a JSON string.</summary>
/// <remarks>
/// A caller's layer goes through the same validation as the embedded packs. It names its parent
/// (for example <c>cn.js.suzhou</c>) and may override the parent's parameters from its own dates on,
/// which is how a district layer or a "what-if" reform is written.
/// </remarks>
public sealed class RulePackSource
{
    private readonly Func<byte[]>? _read;
    private readonly byte[]? _bytes;

    private RulePackSource(string name, byte[]? bytes, Func<byte[]>? read)
    {
        Name = name;
        _bytes = bytes;
        _read = read;
    }

    /// <summary>The name used in load errors (a file path or the caller's name for the stream).</summary>
    public string Name { get; }

    /// <summary>A layer read from a file when the pack is loaded. A missing or unreadable file is a load error.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static RulePackSource FromFile(string path)
    {
        Guard.NotNull(path);
        return new RulePackSource(path, null, () =>
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > RulePackLimits.MaxDocumentBytes)
            {
                throw new InvalidDataException("larger than the limit");
            }

            return File.ReadAllBytes(path);
        });
    }

    /// <summary>A layer read now from a stream (up to <see cref="RulePackLimits.MaxDocumentBytes"/> plus one byte).</summary>
    /// <param name="stream">The stream; it is read to its end and not disposed.</param>
    /// <param name="name">The name used in load errors.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RulePackSource FromStream(Stream stream, string name)
    {
        Guard.NotNull(stream);
        Guard.NotNull(name);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > RulePackLimits.MaxDocumentBytes)
            {
                break;
            }
        }

        return new RulePackSource(name, buffer.ToArray(), null);
    }

    /// <summary>A layer given as JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="name">The name used in load errors.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RulePackSource FromJson(string json, string name)
    {
        Guard.NotNull(json);
        Guard.NotNull(name);
        return new RulePackSource(name, Encoding.UTF8.GetBytes(json), null);
    }

    internal bool TryRead(out byte[] bytes, out string? error)
    {
        if (_bytes is not null)
        {
            bytes = _bytes;
            error = null;
            return true;
        }

        try
        {
            bytes = _read!();
            error = null;
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or NotSupportedException or ArgumentException)
        {
            bytes = [];
            error = ex is FileNotFoundException or DirectoryNotFoundException ? "file not found" : "cannot be read: " + ex.Message;
            return false;
        }
    }
}

/// <summary>The limits the pack loader enforces on every document.</summary>
public static class RulePackLimits
{
    /// <summary>The largest pack document, in bytes (4 MiB).</summary>
    public const int MaxDocumentBytes = 4 * 1024 * 1024;

    /// <summary>The deepest JSON nesting allowed in a pack document.</summary>
    public const int MaxDepth = 32;

    /// <summary>The earliest date a pack may use (<c>from</c>, <c>confirmed</c>, <c>published</c>, list dates): 1900-01-01.</summary>
    public static NodaTime.LocalDate EarliestDate { get; } = new(1900, 1, 1);

    /// <summary>The latest date a pack may use: 2200-12-31.</summary>
    public static NodaTime.LocalDate LatestDate { get; } = new(2200, 12, 31);
}
