using System.Globalization;
using System.Runtime.CompilerServices;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;

namespace LfrGovernance.Web.Infrastructure.Exports;

/// <summary>Turns what a list shows (its filters, search, sort, retired records on request, the register as at a past
/// date; every row, not one page) into a CSV or XLSX download: the export is written to the access log first, then the
/// file is streamed to the browser as its rows are read, so the download starts at once whatever its length.</summary>
public static class ListExport
{
    /// <summary>The answer to <c>GET {list}/export/{format}</c>: 404 for a format other than csv or xlsx; back to the list
    /// when its filters have errors (<paramref name="select"/> returns null); otherwise the logged, streamed file.</summary>
    /// <param name="listPath">The list's page, to go back to with the same query.</param>
    public static Task<IActionResult> RespondAsync<TRow>(Controller controller, string format, string listPath,
        Func<CancellationToken, Task<ExportSelection<TRow>?>> select, CancellationToken cancellationToken) =>
        RespondAsync(controller, format, listPath, (_, ct) => select(ct), cancellationToken);

    /// <inheritdoc cref="RespondAsync{TRow}(Controller, string, string, Func{CancellationToken, Task{ExportSelection{TRow}?}}, CancellationToken)"/>
    /// <param name="select">Given the id of the export's own access log line, for the access log's export to leave out.</param>
    public static async Task<IActionResult> RespondAsync<TRow>(Controller controller, string format, string listPath,
        Func<Guid, CancellationToken, Task<ExportSelection<TRow>?>> select, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(select);
        if (ExportFile.ParseFormat(format) is not { } chosen || CurrentUser.From(controller.User) is not { } user)
        {
            return controller.NotFound();
        }
        var db = controller.HttpContext.RequestServices.GetRequiredService<GovernanceDbContext>();
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var entry = ExportFile.LogEntry(user, now, string.Empty, string.Empty);
        var selection = await select(entry.Id, cancellationToken);
        if (selection is null)
        {
            return controller.Redirect(Pager.Link(controller.Request, listPath));
        }
        entry.Description = Description(selection.Sheet.Title, chosen, selection.Count, selection.Sheet.RowNoun);
        entry.Filters = selection.FiltersInWords ?? FiltersInWords(controller.Request.Query, RegisterAsAt.Read(controller.Request));
        // Logged before the first byte is sent: a download that is cut short was still a disclosure.
        db.AccessLog.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return new StreamedDownload(chosen == ExportFormat.Csv ? CsvWriter.ContentType : XlsxWriter.ContentType,
            FileName(selection.Sheet.FileName, chosen, now), (output, token) => WriteAsync(output, selection, chosen, token));
    }

    /// <summary>"Deployments, XLSX (1,234 rows)": what the access log says was exported.</summary>
    public static string Description(string title, ExportFormat format, int count, (string Singular, string Plural) noun) =>
        $"{title}, {format.ToString().ToUpperInvariant()} ({count.ToString("N0", CultureInfo.GetCultureInfo("en-GB"))} {(count == 1 ? noun.Singular : noun.Plural)})";

    /// <summary>"deployments-2026-06-10-0900.csv" (UK date and time of the export).</summary>
    public static string FileName(string baseName, ExportFormat format, DateTime nowUtc) =>
        $"{baseName}-{UkTime.ToLocal(nowUtc).ToString("yyyy-MM-dd-HHmm", CultureInfo.InvariantCulture)}.{(format == ExportFormat.Csv ? "csv" : "xlsx")}";

    /// <summary>The list's query string in words, for the access log: "Search “stadium”; kind Live; sorted by start,
    /// descending; retired records included; the register as at 1 May 2026 09:00".</summary>
    public static string FiltersInWords(IQueryCollection query, DateTime? asAtUtc)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parts = new List<string>();
        var dates = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in query.OrderBy(q => q.Key, StringComparer.OrdinalIgnoreCase))
        {
            var text = string.Join(", ", value.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()));
            if (text.Length == 0 || key.Equals("page", StringComparison.OrdinalIgnoreCase) || key.Equals("dir", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var dot = key.LastIndexOf('.');
            if (dot > 0 && key[(dot + 1)..] is var part && (part.Equals("Day", StringComparison.OrdinalIgnoreCase)
                || part.Equals("Month", StringComparison.OrdinalIgnoreCase) || part.Equals("Year", StringComparison.OrdinalIgnoreCase)))
            {
                var date = dates.TryGetValue(key[..dot], out var found) ? found : dates[key[..dot]] = new string[3];
                date[part.ToUpperInvariant() switch { "DAY" => 0, "MONTH" => 1, _ => 2 }] = text;
                continue;
            }
            parts.Add(key.ToUpperInvariant() switch
            {
                "Q" => $"search “{text}”",
                "SHOWRETIRED" => text.Equals("true", StringComparison.OrdinalIgnoreCase) ? "retired records included" : "",
                "SORT" => $"sorted by {text}{(string.Equals(query["dir"], "desc", StringComparison.OrdinalIgnoreCase) ? ", descending" : "")}",
                _ => $"{key} {text}",
            });
        }
        parts.AddRange(dates.Select(d => $"{d.Key} {string.Join("/", d.Value.Select(v => v ?? "?"))}"));
        if (asAtUtc is { } instant)
        {
            parts.Add($"the register as at {UkTime.Format(instant)} ({UkTime.ZoneName})");
        }
        parts.RemoveAll(p => p.Length == 0);
        if (parts.Count == 0)
        {
            return "No filters (every current record)";
        }
        var words = string.Join("; ", parts);
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>The rows of a query as they are read: from the database one at a time, or from records in memory (the
    /// register as at a past date).</summary>
    public static IAsyncEnumerable<T> Stream<T>(IQueryable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Provider is Microsoft.EntityFrameworkCore.Query.IAsyncQueryProvider ? rows.AsAsyncEnumerable() : ((IEnumerable<T>)rows).ToAsyncEnumerable();
    }

    /// <summary>Each row's cells as the sheet's columns give them.</summary>
    public static async IAsyncEnumerable<IReadOnlyList<string?>> Cells<TRow>(ExportSheet<TRow> sheet, IAsyncEnumerable<TRow> rows,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(rows);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            yield return sheet.Cells(row);
        }
    }

    /// <summary>Writes the selection as <paramref name="format"/> to <paramref name="output"/>; returns how many rows.</summary>
    public static Task<int> WriteAsync<TRow>(Stream output, ExportSelection<TRow> selection, ExportFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selection);
        // Rows are read and made into cells while the writer writes: the two overlap (ReadAhead).
        var cells = ReadAhead.Of(Cells(selection.Sheet, selection.Rows, cancellationToken), 1024, cancellationToken);
        return format == ExportFormat.Csv
            ? CsvWriter.WriteAsync(output, selection.Sheet.Columns, cells, cancellationToken)
            : XlsxStreamWriter.WriteAsync(output, selection.Sheet.Title, selection.Sheet.Columns, cells, cancellationToken);
    }
}

/// <summary>A download written as it is made: the headers go at once, then whatever <paramref name="write"/> writes, as
/// it writes it (a list's rows as they are read, the register in the import layout).</summary>
public sealed class StreamedDownload(string contentType, string fileName, Func<Stream, CancellationToken, Task> write) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        context.HttpContext.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        response.ContentType = contentType;
        response.Headers.ContentDisposition = new StringValues(
            new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("attachment") { FileNameStar = fileName, FileName = fileName }.ToString());
        await response.StartAsync(context.HttpContext.RequestAborted);
        await write(response.Body, context.HttpContext.RequestAborted);
    }
}
