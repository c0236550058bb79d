using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Features.Import;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LfrGovernance.Benchmarks.Pages;

/// <summary>A timed harness for the register downloaded in the import layout (<c>/import/register.xlsx</c>) on a large
/// register: a copy of a database made by <c>generate-national-register</c>, every sheet an administrator may import,
/// written to a stream that counts the bytes. Prints the time, the process's CPU time and its peak working set.</summary>
/// <remarks>Run: <c>dotnet run -c Release --project tests/LfrGovernance.Benchmarks -- register-export data/national.db [runs]</c>.</remarks>
public static class RegisterExportTimings
{
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length < 1 || !File.Exists(args[0]))
        {
            await Console.Error.WriteLineAsync("Give a database file made by generate-national-register, e.g. register-export data/national.db [runs].");
            return 1;
        }
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_LFRGOVERNANCE_WEB", PageTimings.WebProjectFolder());
        var folder = Directory.CreateTempSubdirectory("lfrgov-register-export-").FullName;
        try
        {
            var database = Path.Combine(folder, "register.db");
            File.Copy(Path.GetFullPath(args[0]), database);
            await using var app = new Application(database);
            var user = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(GovernanceClaimTypes.ObjectId, "bench"), new Claim(GovernanceClaimTypes.Name, "Benchmark"),
                 new Claim(GovernanceClaimTypes.Role, Roles.GovernanceEditor), new Claim(GovernanceClaimTypes.Role, Roles.FoiOfficer),
                 new Claim(GovernanceClaimTypes.Role, Roles.Administrator)],
                "Benchmark", GovernanceClaimTypes.Name, GovernanceClaimTypes.Role));
            Console.WriteLine("| Run | Elapsed (ms) | CPU time (ms) | File (MB) | Peak working set so far (MB) |");
            Console.WriteLine("|---:|---:|---:|---:|---:|");
            for (var run = 0; run <= runs; run++)
            {
                using var process = Process.GetCurrentProcess();
                var cpu = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                using var scope = app.Services.CreateScope();
                var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider, User = user };
                using var output = new CountingStream();
                http.Response.Body = output;
                var result = await scope.ServiceProvider.GetRequiredService<ImportTemplate.Handler>().RegisterAsync(user, CancellationToken.None);
                await result.ExecuteResultAsync(new ActionContext(http, new RouteData(), new ActionDescriptor()));
                process.Refresh();
                // The first run warms up and is not counted.
                if (run > 0)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {run} | {watch.Elapsed.TotalMilliseconds:0} | {(process.TotalProcessorTime - cpu).TotalMilliseconds:0} | {output.Length / 1048576.0:0.0} | {process.PeakWorkingSet64 / 1048576.0:0} |"));
                }
            }
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;
    }

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
