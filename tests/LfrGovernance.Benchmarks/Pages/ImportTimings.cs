using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Core.Importing;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Systems;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Import;
using LfrGovernance.Web.Features.Import.Sheets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LfrGovernance.Benchmarks.Pages;

/// <summary>A timed harness for the import: a workbook of N deployments (default 10,000) in the template's layout, read
/// and checked (the check page), then imported into an empty register (checked again and saved in one change set, as
/// the import button does). Each run starts on a new, empty database. Prints a Markdown table.</summary>
/// <remarks>Run: <c>dotnet run -c Release --project tests/LfrGovernance.Benchmarks -- import [rows] [runs]</c>.</remarks>
public static class ImportTimings
{
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_LFRGOVERNANCE_WEB", PageTimings.WebProjectFolder());
        var folder = Directory.CreateTempSubdirectory("lfrgov-import-bench-").FullName;
        try
        {
            var workbook = Workbook(rows);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Workbook: {rows:N0} deployments, {workbook.Length / 1024:N0} KB."));
            var checks = new List<double>();
            var imports = new List<double>();
            var peaks = new List<long>();
            for (var run = 0; run < runs + 1; run++)
            {
                var (check, import, peak) = await RunOnceAsync(Path.Combine(folder, $"run{run}.db"), workbook, rows);
                if (run > 0)
                {
                    // The first run warms up the JIT and is not counted.
                    checks.Add(check);
                    imports.Add(import);
                    peaks.Add(peak);
                }
            }
            checks.Sort();
            imports.Sort();
            Console.WriteLine("| Measure | Median (ms) | Worst (ms) |");
            Console.WriteLine("|---|---:|---:|");
            Console.WriteLine(Row($"Check: read and validate {rows:N0} deployment rows", checks));
            Console.WriteLine(Row($"Import: validate again and save {rows:N0} new deployments in one change set", imports));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Peak working set during a run: {peaks.Max() / (1024 * 1024):N0} MB."));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(double Check, double Import, long Peak)> RunOnceAsync(string database, byte[] workbook, int rows)
    {
        await using var app = new Application(database);
        using (var setup = app.Services.CreateScope())
        {
            var db = setup.ServiceProvider.GetRequiredService<GovernanceDbContext>();
            db.Systems.Add(new FacialRecognitionSystem { Name = "NeoFace Live", Kind = FacialRecognitionKind.Live, Product = "NeoFace Watch", Status = SystemStatus.InService });
            db.People.Add(new Person { Name = "Sam Price", CollarOrWarrantNumber = "1234" });
            await db.SaveChangesAsync();
        }
        var user = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(GovernanceClaimTypes.ObjectId, "bench"), new Claim(GovernanceClaimTypes.Name, "Benchmark"), new Claim(GovernanceClaimTypes.Role, Roles.GovernanceEditor)],
            "Benchmark", GovernanceClaimTypes.Name, GovernanceClaimTypes.Role));
        Guid id;
        using (var upload = app.Services.CreateScope())
        {
            var db = upload.ServiceProvider.GetRequiredService<GovernanceDbContext>();
            var pending = new PendingImport { UserId = "bench", UserName = "Benchmark", FileName = "deployments.xlsx", Sha256 = new string('0', 64), Content = workbook, SizeBytes = workbook.Length, UploadedAt = DateTime.UtcNow };
            db.PendingImports.Add(pending);
            await db.SaveChangesAsync();
            id = pending.Id;
        }
        GC.Collect();
        using var process = Process.GetCurrentProcess();

        var watch = Stopwatch.StartNew();
        var cpu = process.TotalProcessorTime;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
            var staged = await scope.ServiceProvider.GetRequiredService<ImportEngine>().StageAsync(workbook, user, CancellationToken.None);
            process.Refresh();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  read and staged {watch.Elapsed.TotalMilliseconds:0} ms, CPU {(process.TotalProcessorTime - cpu).TotalMilliseconds:0} ms"));
            db.ChangeTracker.Clear();
        }
        watch.Restart();
        using (var scope = app.Services.CreateScope())
        {
            var page = await scope.ServiceProvider.GetRequiredService<CheckImport.Handler>().HandleAsync(id, user, CancellationToken.None)
                ?? throw new InvalidOperationException("The upload was not found.");
            if (page.Report.Refusal is not null || page.Report.Problems.Count > 0 || page.Report.ToSave != rows)
            {
                throw new InvalidOperationException($"The check found problems: {page.Report.Refusal} {string.Join("; ", page.Report.Problems.Take(5))}");
            }
        }
        var check = watch.Elapsed.TotalMilliseconds;

        watch.Restart();
        using (var scope = app.Services.CreateScope())
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<RunImport.Handler>().HandleAsync(id, false, user, CancellationToken.None);
            if (outcome is not { Saved: true })
            {
                throw new InvalidOperationException($"The import was not saved: {outcome?.Problem}");
            }
        }
        var import = watch.Elapsed.TotalMilliseconds;
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  check and import {check + import:0} ms, process CPU since the read {(process.TotalProcessorTime - cpu).TotalMilliseconds:0} ms"));
        var peak = process.PeakWorkingSet64;

        using (var verify = app.Services.CreateScope())
        {
            var db = verify.ServiceProvider.GetRequiredService<GovernanceDbContext>();
            var saved = await db.Deployments.CountAsync();
            var changeSets = await db.History.Where(h => h.RecordType == nameof(Deployment)).Select(h => h.ChangeSetId).Distinct().CountAsync();
            if (saved != rows || changeSets != 1)
            {
                throw new InvalidOperationException($"Expected {rows} deployments in one change set, found {saved} in {changeSets}.");
            }
        }
        return (check, import, peak);
    }

    /// <summary>N completed deployments, every required column and the outcome figures filled.</summary>
    private static byte[] Workbook(int count)
    {
        var sheet = new DeploymentsSheet(TimeProvider.System);
        var index = new ColumnIndex(sheet.Columns);
        var start = new DateTime(2020, 1, 6, 9, 0, 0);
        var rows = new List<IReadOnlyList<string?>>(count);
        for (var i = 0; i < count; i++)
        {
            var cells = new string?[sheet.Columns.Count];
            var day = start.AddDays(i / 4).AddHours(i % 4 * 2);
            void Set(string header, string? text) => cells[index[header]] = text;
            Set("Reference", string.Create(CultureInfo.InvariantCulture, $"LFR-{i + 1:00000}"));
            Set("System", "NeoFace Live");
            Set("Kind", "Live");
            Set("Status", "Completed");
            Set("Policing objective", "Wanted offenders");
            Set("Purpose", "Find people wanted by the police or the courts");
            Set("Location", string.Create(CultureInfo.InvariantCulture, $"Town centre {i % 50}"));
            Set("Planned start", day.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            Set("Planned end", day.AddHours(1).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            Set("Faces seen", (10_000 + i).ToString(CultureInfo.InvariantCulture));
            Set("Total alerts", "3");
            Set("Arrests", "1");
            Set("Threshold used", "0.6");
            rows.Add(cells);
        }
        return ImportWorkbookWriter.Write([ImportSheetContent.InMemory(sheet, rows)]);
    }

    private static string Row(string name, List<double> times) =>
        string.Create(CultureInfo.InvariantCulture, $"| {name} | {times[times.Count / 2]:0} | {times[^1]:0} |");

    private sealed class Application(string database) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Governance", $"Data Source={database}");
            builder.UseSetting("Register:DemoData", "false");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }
    }
}
