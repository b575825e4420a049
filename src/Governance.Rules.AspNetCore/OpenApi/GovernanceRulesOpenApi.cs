using System.Text.Json.Nodes;
using Governance.Rules.Packs;
using Governance.Rules.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Governance.Rules.AspNetCore;

/// <summary>
/// Completes the OpenAPI 3.1 document: every area's request schema (the committed schemas the tool publishes, or the
/// adapter's own), the result and problem schemas, examples, query and header parameters, zh-Hans and en descriptions.
/// </summary>
internal static class GovernanceRulesOpenApi
{
    public static void Configure(OpenApiOptions options)
    {
        options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Governance.Rules API",
                Version = RulePack.LibraryVersion,
                Description = "苏州社区治理政策计算：社区工作事项准入、村（社区）证明事项、社区工作者配备标准、三岗十八级薪酬与保底、苏颐养养老服务待遇。每个数字都有生效日期、引用与来源性质；错误为 RFC 9457 问题详情，带稳定代码、调用方写法的字段路径与中英文说明。每个响应带 X-Rules-Pack 与 X-Rules-Pack-Hash 头。\n\n"
                    + "Suzhou community-governance policy calculations: work-item admission, community certificates, the staffing quota, 三岗十八级 pay and its floor, and 苏颐养 elderly-care benefits. Every figure is dated, cited and marked with its provenance; errors are RFC 9457 problem details with stable codes, the JSON member path as the caller wrote it, and zh-Hans/en messages. Every response carries the X-Rules-Pack and X-Rules-Pack-Hash headers.",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            foreach (var adapter in AreaAdapters.All.Values)
            {
                document.Components.Schemas[SchemaName(adapter)] = Parse(RequestSchemas.For(adapter), document);
            }

            document.Components.Schemas["RuleResult"] = Parse(RuleResultSchema, document);
            document.Components.Schemas["RuleProblem"] = Parse(ProblemSchema, document);
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "Accept-Language",
                In = ParameterLocation.Header,
                Description = "zh-Hans（默认）或 en。 zh-Hans (default) or en.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("zh-Hans"), JsonValue.Create("en")] },
            });
            var name = context.Description.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Routing.IEndpointNameMetadata>().FirstOrDefault()?.EndpointName;
            if (name is "parameters" or "catalogue")
            {
                operation.Parameters.Add(DateParameter("at", "日期 yyyy-MM-dd，默认为中国时间今天。 The date, yyyy-MM-dd; default today in China."));
            }

            if (metadata.OfType<AreaRequestMetadata>().FirstOrDefault() is not { } area)
            {
                return Task.CompletedTask;
            }

            var document = context.Document!;
            var request = new OpenApiSchemaReference(SchemaName(area.Adapter), document);
            operation.Parameters.Add(DateParameter("asOf", "计算所依据的日期 yyyy-MM-dd，默认为中国时间今天。 The as-of date, yyyy-MM-dd; default today in China."));
            if (area.Kind != AreaRequestKind.Diff)
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = "explain",
                    In = ParameterLocation.Query,
                    Description = "true 时附计算步骤、所用参数与引用。 true to add the steps, the parameters used and their citations.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Boolean },
                });
            }

            var example = Examples.For(area.Adapter.Area);
            operation.RequestBody = area.Kind switch
            {
                AreaRequestKind.Evaluate => Body("application/json", request, example),
                AreaRequestKind.Batch => Body(BatchResult.MediaType, new OpenApiSchema { Type = JsonSchemaType.String, Description = "每行一条请求 JSON。 One request JSON a line." }, example is null ? null : JsonValue.Create(example.ToJsonString() + "\n" + example.ToJsonString() + "\n")),
                _ => Body("application/json", new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { "reform", "records" },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["reform"] = new OpenApiSchema { Type = JsonSchemaType.Object, Description = "改革规则层（写法与规则包层文件相同，parent 指向在用规则包）。 The reform layer, written like a pack layer file, its parent the active pack." },
                        ["records"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = request },
                    },
                }, null),
            };
            if (area.Kind == AreaRequestKind.Evaluate && operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse response)
            {
                response.Description = "结果：outcome、warnings（占位值待核实等）、explanation、texts、stamp。 The result: outcome, warnings (placeholders to be confirmed, …), explanation, texts, stamp.";
                response.Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = new OpenApiSchemaReference("RuleResult", document) } };
            }

            foreach (var (status, value) in operation.Responses ?? [])
            {
                if (status != "200" && value is OpenApiResponse problem)
                {
                    problem.Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("RuleProblem", document) } };
                }
            }

            return Task.CompletedTask;
        });
    }

    private static string SchemaName(AreaAdapter adapter) =>
        string.Concat(adapter.Area.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..])) + "Request";

    private static OpenApiParameter DateParameter(string name, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" },
    };

    private static OpenApiRequestBody Body(string mediaType, IOpenApiSchema schema, JsonNode? example) => new()
    {
        Required = true,
        Content = new Dictionary<string, OpenApiMediaType> { [mediaType] = new() { Schema = schema, Example = example } },
    };

    private static IOpenApiSchema Parse(JsonNode schema, OpenApiDocument document)
    {
        var copy = schema.DeepClone().AsObject();
        copy.Remove("$schema");
        copy.Remove("$id");
        return OpenApiModelFactory.Parse<OpenApiSchema>(copy.ToJsonString(), OpenApiSpecVersion.OpenApi3_1, document, out _, "json")
            ?? new OpenApiSchema { Type = JsonSchemaType.Object };
    }

    private static readonly JsonNode RuleResultSchema = JsonNode.Parse("""
        {
          "type": "object",
          "description": "一次计算的结果。 The result of one evaluation.",
          "required": ["valid", "outcome", "stamp"],
          "properties": {
            "valid": { "type": "boolean", "const": true },
            "outcome": { "type": "object", "description": "该领域的结果（金额为元，精确到分）。 The area's outcome (money in yuan, exact to the fen)." },
            "warnings": { "type": "array", "items": { "type": "object", "properties": { "code": { "type": "string" }, "parameter": { "type": "string" }, "message": { "type": "string" } } }, "description": "例如 PLACEHOLDER_USED：所用数字为占位值，待核实。 For example PLACEHOLDER_USED: a figure used is a placeholder, to be confirmed." },
            "explanation": { "type": "array", "items": { "type": "object" }, "description": "计算步骤及所用参数、引用与来源性质（explain=true 时）。 The steps with the parameters used, their citations and provenance (explain=true)." },
            "texts": { "type": "object", "additionalProperties": { "type": "string" }, "description": "给人看的文书，例如 refusalNotice（不予出具证明告知书）。 Documents for people, for example refusalNotice." },
            "stamp": { "type": "object", "description": "可复现凭据：规则包 id、版本、SHA-256、库版本、计算日期。 The receipt: pack id, version, SHA-256, library version, as-of date.",
              "properties": { "packId": { "type": "string" }, "packVersion": { "type": "string" }, "packHash": { "type": "string" }, "libraryVersion": { "type": "string" }, "asOf": { "type": "string", "format": "date" }, "layers": { "type": "string" } } }
          }
        }
        """)!;

    private static readonly JsonNode ProblemSchema = JsonNode.Parse("""
        {
          "type": "object",
          "description": "RFC 9457 问题详情，带库的错误代码与中英文说明。 RFC 9457 problem details with the library's codes and zh-Hans/en messages.",
          "properties": {
            "type": { "type": "string" }, "title": { "type": "string" }, "status": { "type": "integer" }, "detail": { "type": "string" }, "instance": { "type": "string" },
            "code": { "type": "string", "description": "稳定代码，例如 INPUT_INVALID、REQUEST_TOO_LARGE、RATE_LIMITED。 A stable code." },
            "language": { "type": "string", "enum": ["zh-Hans", "en"] },
            "titles": { "type": "object", "properties": { "zh-Hans": { "type": "string" }, "en": { "type": "string" } } },
            "errors": { "type": "array", "items": { "type": "object", "properties": {
              "code": { "type": "string", "description": "库的错误代码，例如 ELDERLY_BIRTH_IN_FUTURE。 The library's code." },
              "path": { "type": "string", "description": "调用方写法的 JSON 字段路径，例如 person.birthDate。 The JSON member path as the caller wrote it." },
              "message": { "type": "string" },
              "messages": { "type": "object", "properties": { "zh-Hans": { "type": "string" }, "en": { "type": "string" } } },
              "attemptedValue": { "type": "string" } } } },
            "pack": { "type": "string" }, "packHash": { "type": "string" }
          }
        }
        """)!;
}
