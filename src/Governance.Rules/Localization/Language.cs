namespace Governance.Rules.Localization;

/// <summary>The languages in which messages and explanations are written.</summary>
public enum Language
{
    /// <summary>Simplified Chinese (简体中文), the default.</summary>
    ZhHans = 0,

    /// <summary>English.</summary>
    En = 1,
}
