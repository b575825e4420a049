using System.Text.Json.Nodes;
using Governance.Rules.Localization;
using NodaTime;

namespace Governance.Rules.Json;

/// <summary>The request schema of an area, described from <see cref="RequestSchemaText"/>.</summary>
public abstract partial class AreaAdapter
{
    /// <summary>
    /// The JSON Schema (draft 2020-12) of the request, as read with <see cref="RulesJson.Input"/>: every member with a
    /// title and a description, its unit, the range the validators accept and an example.
    /// </summary>
    /// <param name="language">
    /// The language of <c>title</c> and <c>description</c>; null (the default) writes both, zh-Hans first. Either way
    /// <c>x-title</c>, <c>x-description</c> and <c>x-unit</c> hold both languages, for a document that chooses later.
    /// </param>
    /// <returns>The schema.</returns>
    public JsonNode RequestSchema(Language? language = null)
    {
        var schema = System.Text.Json.Schema.JsonSchemaExporter.GetJsonSchemaAsNode(
            RulesJson.Input,
            RequestType,
            new System.Text.Json.Schema.JsonSchemaExporterOptions
            {
                TreatNullObliviousAsNonNullable = true,
                TransformSchemaNode = (context, node) =>
                {
                    node = Typed(context.TypeInfo.Type) ?? node;
                    var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
                    var key = context.PropertyInfo is { } property
                        ? $"{property.DeclaringType.Name}.{property.Name}"
                        : context.Path.IsEmpty ? type.Name : null;
                    if (context.PropertyInfo is null && node["properties"] is JsonObject members)
                    {
                        // A constructor parameter with a default value reaches the exporter as "default" only; describe it here.
                        foreach (var p in context.TypeInfo.Properties)
                        {
                            if (members[p.Name] is JsonObject m && m["x-title"] is null && RequestSchemaText.Entries.TryGetValue($"{type.Name}.{p.Name}", out var inner))
                            {
                                var typed = Typed(p.PropertyType) as JsonObject ?? [];
                                foreach (var (k, v) in m.ToList())
                                {
                                    m.Remove(k);
                                    typed[k] = v;
                                }

                                members[p.Name] = Describe(typed, inner, language);
                            }
                        }
                    }

                    return key is not null && RequestSchemaText.Entries.TryGetValue(key, out var entry)
                        ? Describe(node as JsonObject ?? [], entry, language)
                        : node;
                },
            });
        if (schema is JsonObject root)
        {
            var ordered = new JsonObject { ["$schema"] = "https://json-schema.org/draft/2020-12/schema" };
            foreach (var (k, v) in root.ToList())
            {
                root.Remove(k);
                ordered[k] = v;
            }

            return ordered;
        }

        return schema;
    }

    /// <summary>NodaTime values are written as ISO strings by their converters, which the schema exporter cannot see.</summary>
    private static JsonNode? Typed(Type declared)
    {
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        var text = Nullable.GetUnderlyingType(declared) is not null ? new JsonArray("string", "null") : (JsonNode)"string";
        return type == typeof(LocalDate) ? new JsonObject { ["type"] = text, ["format"] = "date" }
            : type == typeof(YearMonth) ? new JsonObject { ["type"] = text, ["pattern"] = "^[0-9]{4}-[0-9]{2}$" }
            : null;
    }

    private static JsonObject Describe(JsonObject node, RequestSchemaText.Entry entry, Language? language)
    {
        var described = new JsonObject
        {
            ["title"] = language switch { Language.En => entry.EnTitle, Language.ZhHans => entry.ZhTitle, _ => $"{entry.ZhTitle} / {entry.EnTitle}" },
            ["description"] = language switch { Language.En => entry.EnDescription, Language.ZhHans => entry.ZhDescription, _ => $"{entry.ZhDescription} / {entry.EnDescription}" },
        };
        foreach (var (k, v) in node.ToList())
        {
            node.Remove(k);
            described[k] = v;
        }

        if (entry.Minimum is { } min)
        {
            described["minimum"] = min;
        }

        if (entry.Maximum is { } max)
        {
            described["maximum"] = max;
        }

        if (entry.MaxLength is { } length)
        {
            described["maxLength"] = length;
        }

        if (entry.Example is { } example)
        {
            described["examples"] = new JsonArray(example.DeepClone());
        }

        described["x-title"] = new JsonObject { ["zh-Hans"] = entry.ZhTitle, ["en"] = entry.EnTitle };
        described["x-description"] = new JsonObject { ["zh-Hans"] = entry.ZhDescription, ["en"] = entry.EnDescription };
        if (entry.Unit is { } unit)
        {
            described["x-unit"] = new JsonObject { ["zh-Hans"] = unit.Zh, ["en"] = unit.En };
        }

        return described;
    }
}
