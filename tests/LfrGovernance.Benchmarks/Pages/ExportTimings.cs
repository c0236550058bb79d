using System.Diagnostics;
using System.Globalization;
using LfrGovernance.Core.Deployments;
using LfrGovernance.Web.Features.Deployments;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Benchmarks.Pages;

/// <summary>A timed harness for the streamed export of a large list: 100,000 deployments, every column of the
/// deployments export (the same sheet, query and writers the application uses), as XLSX and as CSV. Prints, per
/// format and run (then the same with only the list's 12 columns), the elapsed time, the process's CPU time over the export (all threads; the sampler's share is
/// small), the bytes written, the peak working set sampled during the export and the bytes
/// allocated, as a Markdown table.</summary>
/// <remarks>Run: <c>dotnet run -c Release --project tests/LfrGovernance.Benchmarks -- exports &lt;database file&gt; [rows] [runs]</c>.
/// The database is a register made by <c>generate-national-register</c>; its forces, systems and deployments are
/// copied into a fresh, migrated register (with new ids and references, as often as needed to reach the rows asked
/// for), so the file given is only read (attached, never written).</remarks>
public static class ExportTimings
{
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length < 1 || !File.Exists(args[0]))
        {
            await Console.Error.WriteLineAsync("Give a database file made by generate-national-register, e.g. exports data/national.db [rows] [runs].");
            return 1;
        }
        var rows = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
        var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
        using var database = BenchmarkDatabase.Create();
        var copied = Copy(database, Path.GetFullPath(args[0]), rows);
        database.Checkpoint();
        Console.WriteLine($"{copied:N0} deployments in a fresh register; {Environment.ProcessorCount} processors.");

        // One of each first, unreported: the JIT and SQLite's cache warm up.
        await ExportOnceAsync(database, ExportFormat.Xlsx);
        await ExportOnceAsync(database, ExportFormat.Csv);
        Console.WriteLine("| Format | Run | Rows | Columns | Elapsed (ms) | CPU time (ms) | File (MB) | Peak working set during the export (MB) | Managed heap after (MB) | Allocated (MB) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (format, narrow) in new (ExportFormat?, bool)[]
            { (ExportFormat.Xlsx, false), (ExportFormat.Csv, false), (null, false), (ExportFormat.Xlsx, true), (ExportFormat.Csv, true) })
        {
            for (var run = 1; run <= runs; run++)
            {
                var result = await ExportOnceAsync(database, format, narrow);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {format?.ToString().ToUpperInvariant() ?? "Rows and cells only, no file"}{(narrow ? ", the list's columns" : "")} | {run} | {result.Rows:N0} | {result.Columns} | {result.Elapsed.TotalMilliseconds:0} | {result.Cpu.TotalMilliseconds:0} | {result.Bytes / 1048576.0:0.0} | {result.PeakWorkingSet / 1048576.0:0} | {result.HeapAfter / 1048576.0:0} | {result.Allocated / 1048576.0:0} |"));
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Process peak working set (whole run, including the copy): {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB."));
        return 0;
    }

    private sealed record Result(int Rows, int Columns, TimeSpan Elapsed, TimeSpan Cpu, long Bytes, long PeakWorkingSet, long HeapAfter, long Allocated);

    /// <summary>One export of every deployment, as the list's export action runs it for "all deployments, newest first".</summary>
    /// <param name="format">Null to read the rows and make their cells without writing a file: where the time goes.</param>
    /// <param name="narrow">The list's own 12 columns (<see cref="ListColumns"/>) instead of the export's 35.</param>
    private static async Task<Result> ExportOnceAsync(BenchmarkDatabase database, ExportFormat? format, bool narrow = false)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        using var process = Process.GetCurrentProcess();
        long peak = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                try
                {
                    await Task.Delay(5, sampling.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        });

        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        await using var db = database.Context(TimeProvider.System);
        var query = new ListQuery { Sort = "start", Dir = "desc" };
        var systems = await db.Systems.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name);
        await using var output = new CountingStream();
        // The list's 12 columns are read from whole entities (as the other lists' exports do); the deployments
        // export's 35 from the columns it writes (DeploymentList.ToExportRow).
        var (written, columns) = narrow
            ? await WriteAsync(await DeploymentList.Columns.ExportAsync(db.Deployments.AsNoTracking(), false, query, ListColumns(systems), CancellationToken.None), format, output)
            : await WriteAsync(await DeploymentList.Columns.ExportAsync(db.Deployments.AsNoTracking(), false, query, DeploymentList.ToExportRow,
                DeploymentList.Export(systems), CancellationToken.None), format, output);
        watch.Stop();

        await sampling.CancelAsync();
        await sampler;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        peak = Math.Max(peak, process.WorkingSet64);
        var heapAfter = GC.GetTotalMemory(forceFullCollection: false);
        return new Result(written, columns, watch.Elapsed, cpu, output.Written, peak, heapAfter, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore);
    }

    /// <summary>Writes the selection as <paramref name="format"/>, or with no format reads the rows and makes their cells only.</summary>
    private static async Task<(int Rows, int Columns)> WriteAsync<TRow>(ExportSelection<TRow> selection, ExportFormat? format, Stream output)
    {
        if (format is { } chosen)
        {
            return (await ListExport.WriteAsync(output, selection, chosen, CancellationToken.None), selection.Sheet.Columns.Count);
        }
        var rows = 0;
        await foreach (var cells in ListExport.Cells(selection.Sheet, selection.Rows))
        {
            rows += cells.Count > 0 ? 1 : 0;
        }
        return (rows, selection.Sheet.Columns.Count);
    }

    /// <summary>The deployments list's own columns (12), for a figure comparable with "100,000 rows x 10 columns".</summary>
    private static ExportSheet<Deployment> ListColumns(Dictionary<Guid, string> systems) => new ExportSheet<Deployment>("Deployments", "deployments")
        .Column("Reference", 18, d => d.Reference)
        .Column("Location", 28, d => d.LocationName)
        .Column("System", 24, d => ExportText.Name(systems, d.SystemId))
        .Column("Kind", 14, d => d.Kind.ToString())
        .Column("Start (UK time)", 17, d => ExportText.Instant(d.StartsAt))
        .Column("Status", 14, d => d.Status.ToString())
        .Column("Faces seen", 12, d => ExportText.Number(d.FacesSeen))
        .Column("Alerts", 9, d => ExportText.Number(d.TotalAlerts))
        .Column("False alerts", 9, d => ExportText.Number(AlertFigures.Sum(d.FalseAlertsConfirmed, d.FalseAlertsUnconfirmed)))
        .Column("False alert rate (per faces seen)", 20, d => AlertFigures.PerFacesSeen(AlertFigures.Sum(d.FalseAlertsConfirmed, d.FalseAlertsUnconfirmed), d.FacesSeen)?.ToString())
        .Column("False alerts (% of alerts)", 12, d => AlertFigures.PercentOfAlerts(AlertFigures.Sum(d.FalseAlertsConfirmed, d.FalseAlertsUnconfirmed), d.TotalAlerts) is { } p
            ? AlertFigures.FormatPercent(p)
            : null)
        .Column("Id", 38, d => d.Id.ToString("D"));

    /// <summary>Copies the source's forces, systems and deployments into the fresh register until it holds
    /// <paramref name="rows"/> deployments: each further pass gives them new ids and references.</summary>
    private static long Copy(BenchmarkDatabase database, string source, int rows)
    {
        using var connection = new SqliteConnection(database.ConnectionString);
        connection.Open();
        Execute(connection, "PRAGMA foreign_keys = OFF;");
        Execute(connection, $"ATTACH DATABASE '{source.Replace("'", "''", StringComparison.Ordinal)}' AS source;");
        foreach (var table in new[] { "Forces", "Systems" })
        {
            var shared = SharedColumns(connection, table);
            Execute(connection, $"INSERT OR IGNORE INTO main.\"{table}\" ({shared}) SELECT {shared} FROM source.\"{table}\";");
        }
        var columns = SharedColumns(connection, "Deployments");
        long count = 0;
        for (var pass = 0; count < rows; pass++)
        {
            var select = string.Join(", ", columns.Split(", ").Select(c => c switch
            {
                "\"Id\"" => pass == 0 ? c : "upper(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-8' || substr(h, 18, 3) || '-' || substr(h, 21, 12))",
                "\"Reference\"" => pass == 0 ? c : $"\"Reference\" || '-{pass}'",
                _ => c,
            }));
            Execute(connection, $"INSERT INTO main.\"Deployments\" ({columns}) SELECT {select} FROM (SELECT *, lower(hex(randomblob(16))) AS h FROM source.\"Deployments\") LIMIT {rows - count};");
            count = long.Parse(Scalar(connection, "SELECT count(*) FROM main.\"Deployments\";"), CultureInfo.InvariantCulture);
        }
        Execute(connection, "DETACH DATABASE source;");
        return count;
    }

    private static string SharedColumns(SqliteConnection connection, string table)
    {
        var names = new List<string>();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}', 'main') WHERE name IN (SELECT name FROM pragma_table_info('{table}', 'source'));";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            names.Add($"\"{reader.GetString(0)}\"");
        }
        return string.Join(", ", names);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture)!;
    }

    /// <summary>Counts what is written and keeps none of it: the writers are measured, not the disk.</summary>
    private sealed class CountingStream : Stream
    {
        public long Written { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Written;

        public override long Position { get => Written; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Written += count;

        public override void Write(ReadOnlySpan<byte> buffer) => Written += buffer.Length;

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Written += count;
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Written += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}
