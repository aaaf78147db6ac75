using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/ThuVien.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
