using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Governance.Rules.Json;

/// <summary>
/// Reads and writes a NodaTime value as ISO text (<see cref="LocalDate"/> as <c>yyyy-MM-dd</c>, <see cref="YearMonth"/> as
/// <c>yyyy-MM</c>). A value that is not such a date is a <see cref="JsonException"/> (so the reader adds the member path
/// and position), never a format exception.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class InputPatternConverter<T>(IPattern<T> pattern) : JsonConverter<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && reader.GetString() is { } text)
        {
            var parsed = pattern.Parse(text);
            return parsed.Success ? parsed.Value : throw new InputValueException(InputValueException.Kind.DateDoesNotExist, text);
        }

        throw new InputValueException(InputValueException.Kind.WrongType, null);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(pattern.Format(value));
}

/// <summary>A value that could not be read as its member's type; the reader fills in the path and position.</summary>
#pragma warning disable CA1032 // Only thrown by the converters above.
internal sealed class InputValueException : JsonException
#pragma warning restore CA1032
{
    public InputValueException(Kind problem, string? text)
        : base(problem.ToString())
    {
        Problem = problem;
        Text = text;
    }

    public enum Kind
    {
        WrongType,
        DateDoesNotExist,
    }

    public Kind Problem { get; }

    public string? Text { get; }
}
