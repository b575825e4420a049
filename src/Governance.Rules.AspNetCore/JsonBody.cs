using System.Buffers;
using System.Text.Json;
using Governance.Rules.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Governance.Rules.AspNetCore;

/// <summary>Reads a JSON request body within the size and depth limits; every refusal is a problem, never an exception.</summary>
internal static class JsonBody
{
    public static async Task<(JsonDocument? Document, ProblemHttpResult? Problem)> ReadAsync(HttpContext http, GovernanceRulesApi api, long maxBytes)
    {
        var (body, problem) = await ReadBytesAsync(http, maxBytes).ConfigureAwait(false);
        return problem is not null ? (null, problem) : Parse(http, api, body!);
    }

    /// <summary>
    /// Reads the body as UTF-8 bytes (without a byte order mark) within the size limit, after checking the content type.
    /// The bytes are the request's own copy: the pipe's buffer goes back to the pool before the request is evaluated.
    /// </summary>
    public static async Task<(byte[]? Body, ProblemHttpResult? Problem)> ReadBytesAsync(HttpContext http, long maxBytes)
    {
        var request = http.Request;
        var type = request.ContentType;
        var plainJson = type is not null && (type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.StartsWith("application/json;", StringComparison.OrdinalIgnoreCase));
        if (!plainJson && !request.HasJsonContentType())
        {
            return (null, Problems.WrongMediaType(http, "application/json"));
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(http, maxBytes));
        }

        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(http.RequestAborted).ConfigureAwait(false);
            var buffer = read.Buffer;
            if (buffer.Length > maxBytes)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                return (null, TooLarge(http, maxBytes));
            }

            if (read.IsCompleted)
            {
                var bytes = Skip(buffer).ToArray();
                reader.AdvanceTo(buffer.End);
                return (bytes, null);
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>Parses a body read by <see cref="ReadBytesAsync"/> within the depth limit; JSON that does not parse is a 400 problem naming where.</summary>
    public static (JsonDocument? Document, ProblemHttpResult? Problem) Parse(HttpContext http, GovernanceRulesApi api, byte[] body)
    {
        try
        {
            return (JsonDocument.Parse(body.AsMemory(), api.DocumentOptions), null);
        }
        catch (JsonException ex)
        {
            return (null, Problems.Invalid(http, [InputErrors.NotJson(ex, api.Options.MaxJsonDepth)]));
        }
    }

    /// <summary>Drops a UTF-8 byte order mark.</summary>
    private static ReadOnlySequence<byte> Skip(ReadOnlySequence<byte> buffer)
    {
        var bom = "\uFEFF"u8;
        return buffer.Length >= 3 && buffer.FirstSpan.Length >= 3 && buffer.FirstSpan[..3].SequenceEqual(bom) ? buffer.Slice(3) : buffer;
    }

    public static ProblemHttpResult TooLarge(HttpContext http, long maxBytes) => Problems.TooLarge(http, "$", new LocalizedText(
        $"请求体超过 {maxBytes} 字节的上限。",
        $"The request body is larger than the limit of {maxBytes} bytes."));

}
