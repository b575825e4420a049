using System.Text;
using Governance.Rules.Packs;
using static Governance.Rules.Tests.TestSupport;

namespace Governance.Rules.Tests.Packs;

/// <summary>
/// A layer of exactly <see cref="RulePackLimits.MaxDocumentBytes"/> bytes is read, from a file, a stream or a string; one
/// byte more is refused, and the refusal says so instead of a JSON error further on.
/// </summary>
public sealed class PackSizeLimitTests
{
    /// <summary>A valid caller layer padded with spaces after its closing brace to <paramref name="size"/> bytes.</summary>
    private static string Padded(int size)
    {
        var layer = WhatIfLayer("");
        return layer + new string(' ', size - Encoding.UTF8.GetByteCount(layer));
    }

    public static TheoryData<string> Sources => ["file", "stream", "json"];

    private static RulePackLoadResult Load(string how, string json)
    {
        switch (how)
        {
            case "file":
                var path = Path.Combine(Path.GetTempPath(), $"size-limit-{Guid.NewGuid():N}.json");
                File.WriteAllText(path, json, new UTF8Encoding(false));
                try
                {
                    return RulePacks.TryLoad(RulePackSource.FromFile(path));
                }
                finally
                {
                    File.Delete(path);
                }

            case "stream":
                return RulePacks.TryLoad(RulePackSource.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(json)), "layer.json"));
            default:
                return RulePacks.TryLoad(RulePackSource.FromJson(json, "layer.json"));
        }
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void A_layer_of_exactly_the_limit_is_read(string how)
    {
        var loaded = Load(how, Padded(RulePackLimits.MaxDocumentBytes));
        Assert.True(loaded.Success, string.Join("; ", loaded.Errors));
        Assert.Equal("test.what-if", loaded.Pack!.Id);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void A_layer_one_byte_over_the_limit_is_refused_for_its_size(string how)
    {
        var loaded = Load(how, Padded(RulePackLimits.MaxDocumentBytes + 1));
        var error = Assert.Single(loaded.Errors);
        Assert.Equal(
            how == "file" ? ("PACK_UNREADABLE", "cannot be read: larger than the limit") : ("PACK_TOO_LARGE", "the document is larger than 4194304 bytes"),
            (error.Code, error.Message));
        Assert.Equal("$", error.Path);
    }

    /// <summary>A stream of spaces that never ends, handing out at most 4,096 bytes a read (the limit is a multiple of it).</summary>
    private sealed class EndlessSpaces : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public long Given { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(count, 4096);
            Array.Fill(buffer, (byte)' ', offset, n);
            Given += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public void A_stream_that_never_ends_is_read_only_past_the_limit_and_refused_for_its_size()
    {
        // Read in pieces that reach the limit exactly: reading stops only once it is passed, so the layer is known to be too large.
        var stream = new EndlessSpaces();
        var loaded = RulePacks.TryLoad(RulePackSource.FromStream(stream, "endless.json"));
        Assert.Equal(("PACK_TOO_LARGE", "$"), (Assert.Single(loaded.Errors).Code, loaded.Errors[0].Path));
        Assert.Equal(RulePackLimits.MaxDocumentBytes + 4096, stream.Given);
    }
}
