using NodaTime;

namespace Governance.Rules.Results;

/// <summary>The receipt of a result: which pack (id, version, content hash), which library and which date produced it.</summary>
/// <param name="PackId">The pack's leaf layer id.</param>
/// <param name="PackVersion">The pack's leaf layer version.</param>
/// <param name="PackHash">The SHA-256 of the pack chain's canonical content.</param>
/// <param name="LibraryVersion">The Governance.Rules version.</param>
/// <param name="AsOf">The as-of date of the evaluation.</param>
/// <param name="Layers">The layer chain, root first, as <c>id@version &gt; …</c>.</param>
public sealed record ReproducibilityStamp(string PackId, string PackVersion, string PackHash, string LibraryVersion, LocalDate AsOf, string Layers);
