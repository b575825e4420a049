namespace Governance.Rules.Citations;

/// <summary>How far a value in a rule pack can be trusted (来源性质).</summary>
public enum Provenance
{
    /// <summary>Taken from the official text itself (正式文本).</summary>
    Official = 0,

    /// <summary>Taken from a secondary source: a news report, a reprint, a third-party transcription (转载/报道).</summary>
    Reported = 1,

    /// <summary>The real figure is not known yet; a stand-in that needs local confirmation (占位值，待核实).</summary>
    Placeholder = 2,
}
