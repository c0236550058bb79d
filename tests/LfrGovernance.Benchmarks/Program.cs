using BenchmarkDotNet.Running;
using LfrGovernance.Benchmarks.Pages;

namespace LfrGovernance.Benchmarks;

/// <summary>"pages": the timed harness for list pages and the dashboard on a large register; "foi": the FOI catalogue and
/// workbook on a large register; "exports": a 100,000-row list export as XLSX and CSV; "import": a 10,000-row
/// deployments import checked and saved; "register-export": the register in the import layout on a large register;
/// anything else: BenchmarkDotNet.</summary>
public static class BenchmarkEntry
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["pages", .. var rest])
        {
            return await PageTimings.RunAsync(rest);
        }
        if (args is ["import", .. var import])
        {
            return await ImportTimings.RunAsync(import);
        }
        if (args is ["exports", .. var exports])
        {
            return await ExportTimings.RunAsync(exports);
        }
        if (args is ["register-export", .. var register])
        {
            return await RegisterExportTimings.RunAsync(register);
        }
        if (args is ["foi", .. var foi])
        {
            return await FoiTimings.RunAsync(foi);
        }
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
        return 0;
    }
}
