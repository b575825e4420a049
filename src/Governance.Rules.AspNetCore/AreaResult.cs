using System.Text.Encodings.Web;
using System.Text.Json;
using Governance.Rules.Results;
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
    private readonly ReproducibilityStamp _stamp;

    public AreaResult(AreaRun run, ReproducibilityStamp stamp)
    {
        _run = run;
        _stamp = stamp;
    }

    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => "application/json; charset=utf-8";

    public static void PopulateMetadata(System.Reflection.MethodInfo method, Microsoft.AspNetCore.Builder.EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(JsonElement), ["application/json"]));

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            writer.WriteStartObject();
            Write(writer, _run);
            writer.WritePropertyName("stamp");
            JsonSerializer.Serialize(writer, _stamp, RulesJson.Compact);
            writer.WriteEndObject();
        }

        await response.BodyWriter.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
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
