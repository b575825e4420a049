using System.Text.Encodings.Web;
using System.Text.Json;
using Governance.Rules.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace Governance.Rules.AspNetCore;

/// <summary>
/// The 200 answer of <c>evaluate</c>: <c>valid</c>, <c>outcome</c>, <c>warnings</c>, <c>explanation</c> (when asked for),
/// <c>texts</c> (documents for people, when the area has any) and <c>stamp</c>, written straight from the result.
/// </summary>
internal sealed class AreaResult : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IEndpointMetadataProvider
{
    internal static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private readonly AreaRun _run;
    private readonly byte[] _stampJson;

    /// <param name="run">A valid run.</param>
    /// <param name="stampJson">The stamp as compact UTF-8 JSON (<see cref="GovernanceRulesApi.StampJson"/>).</param>
    public AreaResult(AreaRun run, byte[] stampJson)
    {
        _run = run;
        _stampJson = stampJson;
    }

    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => "application/json; charset=utf-8";

    public static void PopulateMetadata(System.Reflection.MethodInfo method, Microsoft.AspNetCore.Builder.EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(JsonElement), ["application/json"]));

    /// <summary>
    /// Writes the answer with its length: the JSON is written into this thread's buffer first, so the response goes out
    /// with a Content-Length in one write when the request ends, instead of chunked with a flush and a closing chunk.
    /// </summary>
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        var buffer = ResponseBuffer.Rent();
        try
        {
            var writer = buffer.Writer;
            writer.WriteStartObject();
            Write(writer, _run);
            writer.WritePropertyName("stamp");
            writer.WriteRawValue(_stampJson, skipInputValidation: true);
            writer.WriteEndObject();
            writer.Flush();
            var json = buffer.Written;
            response.ContentLength = json.Length;
            var output = response.BodyWriter;
            json.CopyTo(output.GetSpan(json.Length));
            output.Advance(json.Length);
        }
        finally
        {
            ResponseBuffer.Return(buffer);
        }

        return Task.CompletedTask;
    }

    /// <summary>The members of a valid run, without the stamp.</summary>
    public static void Write(Utf8JsonWriter writer, AreaRun run)
    {
        run.WriteBody(writer);
        var texts = run.Texts;
        if (texts.Count > 0)
        {
            writer.WriteStartObject("texts");
            foreach (var (name, text) in texts)
            {
                writer.WriteString(name, text);
            }

            writer.WriteEndObject();
        }
    }
}
