using BenchmarkDotNet.Running;
using BorderWatch.Bench;

if (args is ["pipeline-cpu", ..]) return PipelineCpuTime.Run(args[1..], Console.Out);
if (args is ["greedy-parse", ..]) return GreedyParseCpuTime.Run(args[1..], Console.Out);
if (args is ["language-cpu", ..]) return LanguageCpuTime.Run(args[1..], Console.Out);
if (args is ["storage-cpu", ..]) return StorageCpuTime.Run(args[1..], Console.Out);
if (args is ["storage-pg", ..]) return StoragePgTime.Run(args[1..], Console.Out);
if (args is ["storage-flat", ..]) return StorageFlatRun.Run(args[1..], Console.Out);
if (args is ["listing-cpu", ..]) return ListingCpuTime.Run(args[1..], Console.Out);
if (args is ["page-cpu", ..]) return PageCpuTime.Run(args[1..], Console.Out);
if (args is ["plans", ..]) return QueryPlans.Run(args[1..], Console.Out);
if (args is ["alloc-owners", ..]) return AllocationOwners.Run(args[1..], Console.Out);
if (args is ["render-alloc", ..]) return RenderAllocations.Run(args[1..], Console.Out);
BenchmarkSwitcher.FromAssembly(typeof(ScaleBenchmarks).Assembly).Run(args);
return 0;
