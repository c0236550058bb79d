using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LfrGovernance.Benchmarks.Pages;

/// <summary>A timed harness for the register's pages on a large register (made with <c>generate-national-register</c>):
/// the application runs in this process, a demo user signs in through the sign-in form, and each page is requested
/// many times; the median, 90th percentile and worst times are printed as a Markdown table.</summary>
/// <remarks>Run: <c>dotnet run -c Release --project tests/LfrGovernance.Benchmarks -- pages &lt;database file&gt; [user] [requests]</c>.
/// The time is from sending the request to reading the whole page, with no network in between.</remarks>
public static partial class PageTimings
{
    /// <summary>The pages measured: each list filtered and sorted, 50 rows a page, and the home dashboard.</summary>
    public static readonly IReadOnlyList<(string Name, string Url)> Pages =
    [
        ("Home dashboard", "/"),
        ("Deployments, default order", "/deployments"),
        ("Deployments, live only, by false alert rate per faces seen", "/deployments?kind=Live&sort=rate-faces&dir=desc"),
        ("Deployments, search, by location", "/deployments?q=stadium&sort=location"),
        ("Deployments, needing a review", "/deployments?needsReview=true"),
        ("Deployments, page 400, by reference", "/deployments?sort=reference&page=400"),
        ("Deployments, completed only, by location", "/deployments?status=Completed&sort=location"),
        ("Deployments, started in 2020, by false alert rate per alerts", "/deployments?From.Day=1&From.Month=1&From.Year=2020&To.Day=31&To.Month=12&To.Year=2020&sort=rate-alerts&dir=desc"),
        ("Deployments, page 100, by status", "/deployments?sort=status&page=100"),
        ("Deployments, search for one force's references, newest first", "/deployments?q=SYN33-"),
        ("Deployments, search for a word in no deployment", "/deployments?q=helicopter"),
        ("Systems, by name", "/systems?sort=name"),
        ("Assessments, by next review", "/assessments?sort=review"),
        ("Collaborations", "/collaborations"),
        ("Policies", "/policies"),
        ("Organisations", "/organisations"),
        ("People, by name", "/people?sort=name"),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length < 1 || !File.Exists(args[0]))
        {
            await Console.Error.WriteLineAsync("Give the database file made by generate-national-register, e.g. pages data/national.db [user] [requests].");
            return 1;
        }
        var database = Path.GetFullPath(args[0]);
        var user = args.Length > 1 ? args[1] : "multi";
        var requests = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 50;

        // The application's content root (its wwwroot and settings), found from the repository root.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_LFRGOVERNANCE_WEB", WebProjectFolder());
        await using var app = new RegisterApplication(database);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });
        await SignInAsync(client, user);

        Console.WriteLine($"| Page | Median (ms) | 90th percentile (ms) | Worst (ms) | Rows shown |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (name, url) in Pages)
        {
            // Warm up: the first request compiles the views and fills the query caches.
            var first = await client.GetAsync(new Uri(url, UriKind.Relative));
            if (first.StatusCode != HttpStatusCode.OK)
            {
                Console.WriteLine($"| {name} (`{url}`) | answered {(int)first.StatusCode} | | | |");
                continue;
            }
            var html = await first.Content.ReadAsStringAsync();
            for (var i = 0; i < 3; i++)
            {
                await client.GetStringAsync(new Uri(url, UriKind.Relative));
            }
            var times = new List<double>(requests);
            for (var i = 0; i < requests; i++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
                await response.Content.ReadAsByteArrayAsync();
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            var rows = TableRow().Count(html);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} (`{url}`) | {times[times.Count / 2]:0.0} | {times[(int)(times.Count * 0.9)]:0.0} | {times[^1]:0.0} | {rows} |"));
        }
        return 0;
    }

    internal static string WebProjectFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LfrGovernance.sln")))
            {
                return Path.Combine(folder.FullName, "src", "LfrGovernance.Web");
            }
        }
        throw new InvalidOperationException("Run the harness from within the repository: LfrGovernance.sln was not found above " + AppContext.BaseDirectory);
    }

    private static async Task SignInAsync(HttpClient client, string user)
    {
        var page = await client.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative));
        var token = WebUtility.HtmlDecode(Token().Match(page).Groups["token"].Value);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.User"] = user, ["Input.ReturnUrl"] = "/", ["__RequestVerificationToken"] = token,
        });
        var response = await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), form);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {user} answered {(int)response.StatusCode}.");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<tr class=\"govuk-table__row\"")]
    private static partial Regex TableRow();

    /// <summary>The application as a developer runs it (Development, local sign-in), on the given database, with
    /// the demonstration data off so the large register is measured as it is.</summary>
    private sealed class RegisterApplication(string database) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Governance", $"Data Source={database}");
            builder.UseSetting("Register:DemoData", "false");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            // PAGES_LOG_SQL=1 prints each query with its time, to see where a slow page spends it.
            if (Environment.GetEnvironmentVariable("PAGES_LOG_SQL") == "1")
            {
                builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Information");
            }
        }
    }
}
