using Governance.Rules.Service;

ServiceHost.Build(args).Run();

/// <summary>The reference host's entry point (named so WebApplicationFactory can find it).</summary>
public partial class Program;
