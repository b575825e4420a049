using Governance.Rules.Json;

namespace Governance.Rules.AspNetCore;

/// <summary>Which kind of area request an endpoint takes.</summary>
internal enum AreaRequestKind
{
    Evaluate,
    Batch,
    Diff,
}

/// <summary>Endpoint metadata naming the area an endpoint serves, for the OpenAPI document.</summary>
/// <param name="Adapter">The area adapter.</param>
/// <param name="Kind">The kind of request.</param>
internal sealed record AreaRequestMetadata(AreaAdapter Adapter, AreaRequestKind Kind);
