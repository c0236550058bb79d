using LfrGovernance.Core.Foi;
using LfrGovernance.Web.Authorization;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LfrGovernance.Web.Features.BankHolidays;

/// <summary>One one-off holiday's page: its fields and history.</summary>
public sealed record BankHolidayPage(OneOffBankHoliday Holiday, IReadOnlyList<HistoryItem> History, DateTime? AsAtUtc);

/// <summary>The bank holidays FOI deadlines skip, for administrators: the standing ones, and the one-off ones they
/// keep (add, load from GOV.UK's file, retire, reinstate; a one-off holiday is not edited: retire it and add the right one).</summary>
[Authorize(Policy = Policies.Administer)]
[EditPolicy(Policies.Administer)]
[Route("administration/bank-holidays")]
public sealed class BankHolidaysController(RecordPage<OneOffBankHoliday>.Handler records) : RegisterRecordController<OneOffBankHoliday>
{
    protected override RecordKind<OneOffBankHoliday> Kind => BankHolidayFields.Kind;

    [HttpGet("")]
    public async Task<IActionResult> Index(int? added, bool showRetired, [FromServices] BankHolidayList.Handler handler, CancellationToken cancellationToken) =>
        View(await handler.LoadAsync(new BankHolidayList.Input(), added, showRetired, cancellationToken));

    [ChangesRecord]
    [RequiresCurrentRegister]
    /// <summary>Downloads the holidays the page lists as CSV or XLSX.</summary>
    [HttpGet("export/{format}")]
    public Task<IActionResult> Export(string format, bool showRetired, [FromServices] BankHolidayList.Handler handler, CancellationToken cancellationToken) =>
        ListExport.RespondAsync(this, format, Kind.BasePath, ct => handler.ExportAsync(showRetired, ct), cancellationToken);

    [HttpPost("")]
    public async Task<IActionResult> Add([Bind(Prefix = "Input")] BankHolidayList.Input input, [FromServices] BankHolidayList.Handler handler,
        CancellationToken cancellationToken) =>
        await handler.AddAsync(input, ModelState, cancellationToken)
            ? Redirect(Kind.BasePath)
            : View(nameof(Index), await handler.LoadAsync(input, null, false, cancellationToken));

    [ChangesRecord]
    [RequiresCurrentRegister]
    [RequestSizeLimit(BankHolidayList.MaxFileBytes * 2)]
    [HttpPost("file")]
    public async Task<IActionResult> LoadFile([Bind(Prefix = "Upload")] BankHolidayList.UploadInput upload, [FromServices] BankHolidayList.Handler handler,
        CancellationToken cancellationToken) =>
        await handler.LoadFileAsync(upload, ModelState, cancellationToken) is { } added
            ? Redirect($"{Kind.BasePath}?added={added}")
            : View(nameof(Index), await handler.LoadAsync(new BankHolidayList.Input(), null, false, cancellationToken));

    protected override async Task<object> DetailsPageAsync(RecordPage<OneOffBankHoliday>.Found found, string? purpose, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(found);
        return new BankHolidayPage(found.Record, await records.TimelineAsync(Kind, found, cancellationToken), found.AsAtUtc);
    }

    protected override Task<object?> EditPageAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult<object?>(null);
}
