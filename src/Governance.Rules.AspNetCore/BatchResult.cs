using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Governance.Rules.Localization;
using Governance.Rules.Results;
using Governance.Rules.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Http.Timeouts;

namespace Governance.Rules.AspNetCore;

/// <summary>
/// The streamed answer of <c>batch</c>: one NDJSON line out per record in, in order, each naming its input line. A line
/// that is not JSON, too long or invalid becomes a failed record; memory stays bounded by the longest line allowed.
/// </summary>
internal sealed class BatchResult : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IEndpointMetadataProvider
{
    public const string MediaType = "application/x-ndjson";
    private const int FlushEvery = 64;

    private readonly GovernanceRulesApi _api;
    private readonly AreaAdapter _adapter;
    private readonly EvaluationOptions _options;
    private readonly Language _language;
    private long _line;
    private bool _written;

    public BatchResult(GovernanceRulesApi api, AreaAdapter adapter, EvaluationOptions options, Language language)
    {
        _api = api;
        _adapter = adapter;
        _options = options;
        _language = language;
    }

    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => MediaType + "; charset=utf-8";

    public static void PopulateMetadata(System.Reflection.MethodInfo method, Microsoft.AspNetCore.Builder.EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), [MediaType]));

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        var reader = httpContext.Request.BodyReader;
        var output = response.BodyWriter;
        var cancel = httpContext.RequestAborted;
        var timeout = httpContext.Features.Get<IHttpRequestTimeoutFeature>()?.RequestTimeoutToken ?? CancellationToken.None;
        using var writer = new Utf8JsonWriter(output, AreaResult.WriterOptions);
        try
        {
            await AnswerLines(reader, output, writer, cancel).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && _written)
        {
            // Past the time limit with records already answered: they stay, and one last record says where the batch stopped.
            // (With none answered yet the timeout's 503 problem is the answer.) The caller gone, nothing more is written.
            TimeoutLog.BatchTimedOut(httpContext, _api.Options.BatchTimeout, _line);
            WriteFailure(writer, output, _line + 1, [new ApiError(Problems.Timeout, "$", new LocalizedText(
                $"批量处理超过 {Problems.Seconds(_api.Options.BatchTimeout)} 秒的时限；从本行起未处理，请分批提交。",
                $"The batch ran past its time limit of {Problems.Seconds(_api.Options.BatchTimeout)} s; this line and those after it were not processed. Send them in another batch."))]);
        }

        await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Reads the body line by line and answers each record; stops between two records when <paramref name="cancel"/> fires.</summary>
    private async Task AnswerLines(PipeReader reader, PipeWriter output, Utf8JsonWriter writer, CancellationToken cancel)
    {
        var maxLine = _api.Options.MaxBatchLineBytes;
        long records = 0;
        var skipping = false;
        var stop = false;
        var unflushed = 0;
        while (!stop)
        {
            var pending = reader.ReadAsync(cancel);
            if (!pending.IsCompleted && unflushed > 0)
            {
                // The caller waits for the answers to what it already sent while the next lines are on their way.
                unflushed = 0;
                try
                {
                    await output.FlushAsync(cancel).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // No read is left pending on the body when the batch stops: it ends, cancelled or with lines not processed.
                    try
                    {
                        var late = await pending.ConfigureAwait(false);
                        reader.AdvanceTo(late.Buffer.Start);
                    }
                    catch (OperationCanceledException)
                    {
                    }

                    throw;
                }
            }

            var read = await pending.ConfigureAwait(false);
            var buffer = read.Buffer;
            while (!stop && buffer.PositionOf((byte)'\n') is { } newline)
            {
                cancel.ThrowIfCancellationRequested();
                var text = buffer.Slice(0, newline);
                buffer = buffer.Slice(buffer.GetPosition(1, newline));
                if (skipping)
                {
                    skipping = false;
                    continue;
                }

                stop = Record(writer, output, text, ++_line, ref records);
                if (++unflushed == FlushEvery)
                {
                    unflushed = 0;
                    await output.FlushAsync(cancel).ConfigureAwait(false);
                }
            }

            if (!stop && read.IsCompleted)
            {
                if (!skipping && buffer.Length > 0)
                {
                    Record(writer, output, buffer, ++_line, ref records);
                }

                buffer = buffer.Slice(buffer.End);
                stop = true;
            }
            else if (!stop && buffer.Length > maxLine)
            {
                // The rest of a line longer than the limit is skipped up to its newline.
                if (!skipping)
                {
                    records++;
                    WriteFailure(writer, output, ++_line, [TooLong(maxLine)]);
                    skipping = true;
                }

                buffer = buffer.Slice(buffer.End);
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>Evaluates one line; returns true when the record limit is passed and the batch must stop.</summary>
    private bool Record(Utf8JsonWriter writer, PipeWriter output, ReadOnlySequence<byte> text, long line, ref long records)
    {
        text = Trim(text, line == 1);
        if (text.Length == 0)
        {
            return false;
        }

        if (++records > _api.Options.MaxBatchRecords)
        {
            WriteFailure(writer, output, line, [new ApiError("BATCH_TOO_MANY_RECORDS", "$", new LocalizedText(
                $"一次批量最多 {_api.Options.MaxBatchRecords} 条记录；从本行起未处理，请分批提交。",
                $"A batch holds at most {_api.Options.MaxBatchRecords} records; this line and those after it were not processed. Send them in another batch."))]);
            return true;
        }

        if (text.Length > _api.Options.MaxBatchLineBytes)
        {
            WriteFailure(writer, output, line, [TooLong(_api.Options.MaxBatchLineBytes)]);
            return false;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, _api.DocumentOptions);
        }
        catch (JsonException ex)
        {
            WriteFailure(writer, output, line, [InputErrors.NotJson(ex, _api.Options.MaxJsonDepth, line)]);
            return false;
        }

        using (document)
        {
            var (run, errors) = AreaEvaluation.Run(_adapter, document.RootElement, _api.Pack, _api.Clock, _options, _language);
            if (run is null)
            {
                WriteFailure(writer, output, line, errors);
                return false;
            }

            writer.WriteStartObject();
            writer.WriteNumber("line", line);
            AreaResult.Write(writer, run);
            writer.WriteEndObject();
            EndLine(writer, output);
        }

        return false;
    }

    private void WriteFailure(Utf8JsonWriter writer, PipeWriter output, long line, IReadOnlyList<ApiError> errors)
    {
        writer.WriteStartObject();
        writer.WriteNumber("line", line);
        writer.WriteBoolean("valid", false);
        writer.WriteStartArray("failures");
        foreach (var e in errors)
        {
            Problems.Error(e, _language).WriteTo(writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        EndLine(writer, output);
    }

    private void EndLine(Utf8JsonWriter writer, PipeWriter output)
    {
        _written = true;
        writer.Flush();
        writer.Reset();
        output.GetSpan(1)[0] = (byte)'\n';
        output.Advance(1);
    }

    private static ApiError TooLong(int max) => new("BATCH_LINE_TOO_LONG", "$", new LocalizedText(
        $"本行超过 {max} 字节的上限，未处理。",
        $"This line is longer than the limit of {max} bytes and was not processed."));

    private static ReadOnlySequence<byte> Trim(ReadOnlySequence<byte> text, bool first)
    {
        if (first && text.Length >= 3 && text.Slice(0, 3).ToArray().AsSpan().SequenceEqual("\uFEFF"u8))
        {
            text = text.Slice(3);
        }

        while (text.Length > 0 && IsSpace(text.Slice(text.Length - 1).FirstSpan[0]))
        {
            text = text.Slice(0, text.Length - 1);
        }

        while (text.Length > 0 && IsSpace(text.FirstSpan[0]))
        {
            text = text.Slice(1);
        }

        return text;
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r';
}
