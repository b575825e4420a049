using System.Text;
using Governance.Rules.Tool.Streaming;

namespace Governance.Rules.Tool.Tests;

/// <summary>
/// The records a block holds are limited (an explained answer is tens of kilobytes, and the blocks in flight hold their
/// answers): every record still comes out exactly once, in order, with its own line number, whatever the limit.
/// </summary>
public sealed class BlockSizeTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(3, 1)]
    [InlineData(128, 2)]
    [InlineData(RecordSources.DiffMaxRecords, 4)]
    [InlineData(RecordSources.DefaultMaxRecords, 3)]
    public void Records_are_cut_into_blocks_of_at_most_the_limit_and_none_is_lost_or_repeated(int limit, int seed)
    {
        var random = new Random(seed);
        var expected = new List<(long Line, string Text)>();
        var bytes = new StringBuilder();
        for (var i = 1; i <= 20_000; i++)
        {
            // Records of varied length (some over 64 KiB), blank lines that are not records, CRLF line ends.
            var kind = random.Next(50);
            var text = kind == 0 ? "   " : $"{{\"n\":{i},\"pad\":\"{new string('x', kind == 1 ? 70_000 : random.Next(200))}\"}}";
            bytes.Append(text).Append(kind == 2 ? "\r\n" : "\n");
            if (kind != 0)
            {
                expected.Add((i, text));
            }
        }

        var data = Encoding.UTF8.GetBytes(bytes.ToString().TrimEnd('\n'));
        using var source = new JsonLinesSource(new MemoryStream(data), "records.jsonl", limit);
        var block = new Block();
        var seen = new List<(long Line, string Text)>();
        var blocks = 0;
        while (true)
        {
            block.Reset();
            if (!source.Fill(block))
            {
                break;
            }

            blocks++;
            Assert.InRange(block.Count, 0, limit);
            foreach (ref readonly var entry in block.Entries)
            {
                Assert.Equal(EntryKind.Json, entry.Kind);
                seen.Add((entry.Line, Encoding.UTF8.GetString(block.Bytes(entry))));
            }
        }

        Assert.Equal(expected, seen);
        Assert.True(blocks >= expected.Count / limit, $"{blocks} blocks for {expected.Count} records at {limit} a block");
    }

    [Fact]
    public void An_explained_batch_keeps_every_record_in_order_with_small_blocks()
    {
        var input = Govrules.TempFile(".jsonl");
        var output = Govrules.TempFile(".jsonl");
        var lines = Enumerable.Range(0, 300).Select(i => $"{{\"person\":{{\"birthDate\":\"{1920 + (i % 60)}-0{1 + (i % 9)}-1{i % 10}\",\"hukouDistrict\":\"gusu\"}}}}");
        File.WriteAllLines(input, lines);
        var run = Govrules.Run("batch", "elderly-care", "--input", input, "--output", output, "--as-of", "2026-11-26", "--explain", "--quiet");
        Assert.Equal(0, run.ExitCode);
        var answers = File.ReadAllLines(output).Skip(1).Select(l => System.Text.Json.Nodes.JsonNode.Parse(l)!).ToList();
        Assert.Equal(Enumerable.Range(1, 300).Select(i => (long)i), answers.Select(a => a["line"]!.GetValue<long>()));
        Assert.All(answers, a => Assert.NotEmpty(a["explanation"]!.AsArray()));
    }
}
