using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Governance.Rules.Benchmarks.StaffingQuotaBenchmarks).Assembly).Run(args);
