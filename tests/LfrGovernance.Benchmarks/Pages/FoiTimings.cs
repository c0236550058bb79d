using System.Diagnostics;
using System.Globalization;
using LfrGovernance.Core.Foi;
using LfrGovernance.Core.Foi.Catalogue;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Systems;
using LfrGovernance.Web.Features.Foi;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LfrGovernance.Benchmarks.Pages;

/// <summary>A timed harness for FOI answers on a large register (made with <c>generate-national-register</c>): the whole
/// catalogue generated for the force with the most deployments over the ten years to today, then the response workbook
/// built from those answers. Prints the median, 90th percentile and worst times as a Markdown table.</summary>
/// <remarks>Run: <c>dotnet run -c Release --project tests/LfrGovernance.Benchmarks -- foi &lt;database file&gt; [runs]</c>.
/// The application starts on the file first (migrations applied), as the service would.</remarks>
public static class FoiTimings
{
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length < 1 || !File.Exists(args[0]))
        {
            await Console.Error.WriteLineAsync("Give the database file made by generate-national-register, e.g. foi data/national.db [runs].");
            return 1;
        }
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_LFRGOVERNANCE_WEB", PageTimings.WebProjectFolder());
        await using var app = new Application(Path.GetFullPath(args[0]));
        using var client = app.CreateClient();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        var force = await db.Deployments.AsNoTracking().GroupBy(d => d.ForceId).OrderByDescending(g => g.Count()).Select(g => new { g.Key, Count = g.Count() })
            .FirstAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var foiScope = new FoiScope(today.AddYears(-10), today, force.Key, new HashSet<FacialRecognitionKind>(), null);
        Console.WriteLine($"Force {force.Key}: {force.Count} deployments; {await db.Deployments.CountAsync()} in the register, {await db.Alerts.CountAsync()} alerts.");

        IReadOnlyList<GeneratedAnswer> answers = [];
        var catalogue = await TimeAsync(runs, async () =>
        {
            answers = await FoiCatalogue.GenerateAllAsync(FoiRegister.Current(db), foiScope, CancellationToken.None);
        });
        var request = new FoiRequest { Reference = "FOI/BENCH/0001", Summary = "The whole catalogue", ReceivedOn = today };
        var document = new ResponseWorkbook.Document(request,
            [.. answers.Select((a, i) => new ResponseWorkbook.Question(
                new FoiQuestion { Number = (i + 1).ToString(CultureInfo.InvariantCulture), Text = a.QuestionKey, CatalogueKey = a.QuestionKey, Answer = a.Draft,
                    IsFinal = true, GeneratedAt = a.GeneratedAtUtc, GeneratedFigures = StoredAnswer.Serialise(a) },
                [], StoredAnswer.Read(StoredAnswer.Serialise(a))))], DateTime.UtcNow);
        var bytes = 0;
        var workbook = await TimeAsync(runs, () =>
        {
            bytes = ResponseWorkbook.Build(document).Length;
            return Task.CompletedTask;
        });

        Console.WriteLine("| Measure | Median (ms) | 90th percentile (ms) | Worst (ms) |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine(Row($"Whole catalogue ({answers.Count} questions), one force, ten years", catalogue));
        Console.WriteLine(Row($"Response workbook from those answers ({bytes / 1024} KB, {answers.Sum(a => a.Figures.Sum(f => f.Sources.Count))} source rows)", workbook));
        return 0;
    }

    private static async Task<List<double>> TimeAsync(int runs, Func<Task> work)
    {
        for (var i = 0; i < 3; i++)
        {
            await work();
        }
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await work();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times;
    }

    private static string Row(string name, List<double> times) =>
        string.Create(CultureInfo.InvariantCulture, $"| {name} | {times[times.Count / 2]:0.0} | {times[(int)(times.Count * 0.9)]:0.0} | {times[^1]:0.0} |");

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
