using System.Text.Json;
using Governance.Rules.Localization;
using Governance.Rules.Packs;
using Governance.Rules.Results;
using Governance.Rules.Testing.Areas;
using NodaTime;

namespace Governance.Rules.Tool;

/// <summary>How many records a batch read and how many failed.</summary>
/// <param name="Records">Records read (blank lines are not records).</param>
/// <param name="Failed">Records that were unreadable or failed validation.</param>
internal sealed record BatchSummary(long Records, long Failed);

/// <summary>
/// Streams records through an area adapter: one output line per input record, in order, in constant memory,
/// written under a temporary name and renamed only when complete (deleted if the run cannot proceed).
/// </summary>
internal static class BatchRunner
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static BatchSummary Run(
        AreaAdapter adapter, RulePack pack, EvaluationOptions options, Language language, FileInfo input, FileInfo output, Action<long, long>? progress)
    {
        var temp = Path.Combine(output.DirectoryName ?? ".", "." + output.Name + "." + Guid.NewGuid().ToString("N")[..8] + ".partial");
        long records = 0, failed = 0;
        var packTag = $"{pack.Id}@{pack.Version}#{pack.ContentHash[..12]}";
        try
        {
            using (var reader = new RecordReader(input))
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new Utf8JsonWriter(stream, WriterOptions))
            {
                foreach (var record in reader.Read())
                {
                    using (record)
                    {
                        writer.WriteStartObject();
                        writer.WriteNumber("line", record.Line);
                        writer.WriteString("pack", packTag);
                        if (record.Json is { } json)
                        {
                            var run = adapter.Run(json.RootElement, pack, SystemClock.Instance, options, language);
                            run.WriteBody(writer);
                            failed += run.Valid ? 0 : 1;
                        }
                        else
                        {
                            writer.WriteBoolean("valid", false);
                            writer.WriteStartArray("failures");
                            writer.WriteStartObject();
                            writer.WriteString("code", "INPUT_UNREADABLE");
                            writer.WriteString("path", "$");
                            writer.WriteString("message", record.Error);
                            writer.WriteEndObject();
                            writer.WriteEndArray();
                            failed++;
                        }

                        writer.WriteEndObject();
                        writer.Flush();
                        writer.Reset();
                        stream.WriteByte((byte)'\n');
                        records++;
                        if ((records & 1023) == 0)
                        {
                            progress?.Invoke(reader.Position, reader.Length);
                        }
                    }
                }
            }

            File.Move(temp, output.FullName, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }

        return new BatchSummary(records, failed);
    }
}
