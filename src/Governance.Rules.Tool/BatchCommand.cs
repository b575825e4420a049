using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Rules.Results;
using Governance.Rules.Testing;
using NodaTime;
using Spectre.Console;

namespace Governance.Rules.Tool;

/// <summary>
/// <c>govrules batch AREA --input FILE --output FILE</c>: every input record yields exactly one output line, in
/// order — its result or its failure naming the line. Constant memory; the output is written under a temporary
/// name and renamed only when complete. Exit 0 all valid, 1 some records failed, 2 the run could not proceed.
/// </summary>
internal static class BatchCommand
{
    private static readonly Option<FileInfo> Input = new("--input") { Description = "Records: .jsonl (one JSON request per line) or .csv", Required = true };
    private static readonly Option<FileInfo> Output = new("--output") { Description = "Results: one JSON line per input record", Required = true };
    private static readonly Option<bool> Explain = new("--explain") { Description = "Include each record's explanation (slower, larger output)" };
    private static readonly Option<bool> Quiet = new("--quiet") { Description = "No progress bar" };

    public static Command Create()
    {
        var command = new Command("batch", "Evaluate a file of records, one result line per record")
        {
            Common.Area, Input, Output, Common.AsOf, Common.Pack, Common.Layers, Common.Lang, Explain, Quiet,
        };
        command.SetAction(result => Common.Guarded(result, language =>
        {
            var adapter = Common.Adapter(result);
            var asOf = Common.ParseDate(result.GetValue(Common.AsOf));
            var pack = Common.LoadPack(result);
            var options = new EvaluationOptions { AsOf = asOf, Explain = result.GetValue(Explain) };
            var output = result.GetValue(Output)!;
            var temp = Path.Combine(output.DirectoryName ?? ".", "." + output.Name + "." + Guid.NewGuid().ToString("N")[..8] + ".partial");
            long records = 0, failed = 0;
            var packTag = $"{pack.Id}@{pack.Version}#{pack.ContentHash[..12]}";
            try
            {
                using (var reader = new RecordReader(result.GetValue(Input)!))
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
                using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true }))
                {
                    void Loop(Action<long>? progress)
                    {
                        foreach (var record in reader.Read())
                        {
                            using (record)
                            {
                                JsonObject doc;
                                if (record.Json is { } json)
                                {
                                    var run = adapter.Run(json.RootElement, pack, SystemClock.Instance, options, language);
                                    doc = run.Document;
                                    doc.Remove("stamp");
                                    failed += run.Valid ? 0 : 1;
                                }
                                else
                                {
                                    doc = new JsonObject
                                    {
                                        ["valid"] = false,
                                        ["failures"] = new JsonArray(new JsonObject { ["code"] = "INPUT_UNREADABLE", ["path"] = "$", ["message"] = record.Error }),
                                    };
                                    failed++;
                                }

                                var line = new JsonObject { ["line"] = record.Line, ["pack"] = packTag };
                                foreach (var (key, value) in doc.ToArray())
                                {
                                    doc.Remove(key);
                                    line[key] = value;
                                }

                                line.WriteTo(writer);
                                writer.Flush();
                                writer.Reset();
                                stream.WriteByte((byte)'\n');
                                records++;
                                if ((records & 1023) == 0)
                                {
                                    progress?.Invoke(reader.Position);
                                }
                            }
                        }
                    }

                    if (!result.GetValue(Quiet) && !Console.IsErrorRedirected)
                    {
                        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                        console.Progress().Start(ctx =>
                        {
                            var task = ctx.AddTask(Text.Get(language, "计算中", "Evaluating"), maxValue: Math.Max(1, reader.Length));
                            Loop(position => task.Value = position);
                            task.Value = task.MaxValue;
                        });
                    }
                    else
                    {
                        Loop(null);
                    }
                }

                File.Move(temp, output.FullName, overwrite: true);
            }
            catch
            {
                File.Delete(temp);
                throw;
            }

            Console.Error.WriteLine(Text.Get(language, $"{records} 条记录，{records - failed} 条有效，{failed} 条有误。", $"{records} records, {records - failed} valid, {failed} failed."));
            return failed == 0 ? 0 : 1;
        }));
        return command;
    }
}
