using System.Text.Json;
using System.Text.Json.Serialization;
using Score.Web.Localization;

namespace Score.Web.Infrastructure.Api;

/// <summary>
/// A JSON string with a control character (a NUL above all, which PostgreSQL cannot store) is refused
/// at its field with a message, as the forms refuse it, instead of failing the save.
/// </summary>
public sealed class RefuseControlCharacters : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(Text.Localizer["Validation.TextExpected"]);
        }
        var text = reader.GetString();
        return text is not null && CleanTextModelBinder.HasControlCharacters(text)
            ? throw new JsonException(Text.Localizer["Validation.ControlCharactersInText"])
            : text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
