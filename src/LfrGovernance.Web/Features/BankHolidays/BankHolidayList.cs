using System.ComponentModel.DataAnnotations;
using LfrGovernance.Core.Foi;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Web.Features.Foi;
using LfrGovernance.Web.Infrastructure.Forms;
using LfrGovernance.Web.Infrastructure.Exports;
using LfrGovernance.Web.Infrastructure.Register;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Web.Features.BankHolidays;

/// <summary>The bank holidays FOI deadlines skip: the standing ones of every UK nation this year and next (worked out,
/// not kept), and the one-off holidays an administrator keeps, added one by one or loaded from the bank-holidays
/// file GOV.UK publishes (only the dates the standing rules do not know are added).</summary>
public static class BankHolidayList
{
    /// <summary>The largest bank-holidays file read (GOV.UK's is about 20 KB).</summary>
    public const long MaxFileBytes = 1_000_000;

    public sealed class Input
    {
        public DateInput Date { get; set; } = new();

        [Required(ErrorMessage = "Enter the holiday's name")]
        [StringLength(OneOffBankHoliday.NameLength, ErrorMessage = "The name must be 200 characters or fewer")]
        public string? Name { get; set; }

        public UkNation[] Nations { get; set; } = [];
    }

    public sealed class UploadInput
    {
        public IFormFile? File { get; set; }
    }

    /// <param name="Added">How many one-off holidays the last file added, when one was just loaded.</param>
    public sealed record Page(IReadOnlyList<BankHoliday> Standing, IReadOnlyList<OneOffBankHoliday> OneOffs, Input Input, int? Added, bool ShowRetired);

    /// <summary>A holiday as exported: the standing ones of this year and next, and the one-offs kept.</summary>
    public sealed record ExportRow(DateOnly Date, string Name, UkNation Nations, bool OneOff, DateTime? RetiredAt);

    public static readonly ExportSheet<ExportRow> Export = new ExportSheet<ExportRow>("Bank holidays", "bank-holidays")
        .Column("Date", 12, h => ExportText.Day(h.Date))
        .Column("Name", 36, h => h.Name)
        .Column("Kept in", 36, h => h.Nations.Describe())
        .Column("Kind", 12, h => h.OneOff ? "One-off" : "Standing")
        .Column("Retired", 18, h => ExportText.Instant(h.RetiredAt));

    public sealed class Handler(GovernanceDbContext db)
    {
        /// <summary>What the page lists, for an export: the one-off holidays (retired ones on request), then the standing ones.</summary>
        public async Task<ExportSelection<ExportRow>?> ExportAsync(bool showRetired, CancellationToken cancellationToken)
        {
            var page = await LoadAsync(new Input(), null, showRetired, cancellationToken);
            List<ExportRow> rows =
            [
                .. page.OneOffs.Select(h => new ExportRow(h.Date, h.Name, h.Nations, true, h.RetiredAt)),
                .. page.Standing.Select(h => new ExportRow(h.Date, h.Name, h.Nations, h.OneOff, null)),
            ];
            return new ExportSelection<ExportRow>(Export, rows.Count, ListExport.Stream(rows.AsQueryable()));
        }

        public async Task<Page> LoadAsync(Input input, int? added, bool showRetired, CancellationToken cancellationToken)
        {
            var year = UkTime.Today(db.Clock).Year;
            var oneOffs = await db.OneOffBankHolidays.AsNoTracking().Where(h => showRetired || h.RetiredAt == null)
                .OrderByDescending(h => h.Date).ToListAsync(cancellationToken);
            return new Page([.. StandingBankHolidays.In(year), .. StandingBankHolidays.In(year + 1)], oneOffs, input, added, showRetired);
        }

        /// <summary>Adds one one-off holiday; false with the problems beside the fields.</summary>
        public async Task<bool> AddAsync(Input input, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(input);
            ArgumentNullException.ThrowIfNull(modelState);
            var date = input.Date.ReadDay(modelState, "Input.Date", "the date of the holiday", required: true);
            var nations = input.Nations.Aggregate(UkNation.None, (all, n) => all | n);
            if (nations == UkNation.None)
            {
                modelState.AddModelError("Input.Nations", "Select where the holiday is kept");
            }
            if (date is { } day && await db.OneOffBankHolidays.AnyAsync(h => h.Date == day && h.RetiredAt == null, cancellationToken))
            {
                modelState.AddModelError("Input.Date", $"A one-off holiday on {day:d MMMM yyyy} is already kept");
            }
            if (!modelState.IsValid)
            {
                return false;
            }
            db.OneOffBankHolidays.Add(new OneOffBankHoliday { Date = date!.Value, Name = input.Name!.Trim(), Nations = nations });
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }

        /// <summary>Loads GOV.UK's bank-holidays file: every date in it the standing rules and the kept one-offs do not
        /// know is added, in one save. Returns how many, or null with the problems beside the file field (nothing saved).</summary>
        public async Task<int?> LoadFileAsync(UploadInput upload, ModelStateDictionary modelState, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(upload);
            ArgumentNullException.ThrowIfNull(modelState);
            if (upload.File is not { Length: > 0 } file)
            {
                modelState.AddModelError("Upload.File", upload.File is null ? "Select the bank-holidays file" : "The selected file is empty");
                return null;
            }
            if (file.Length > MaxFileBytes)
            {
                modelState.AddModelError("Upload.File", "The file must be smaller than 1 MB: GOV.UK's bank-holidays file is about 20 KB");
                return null;
            }
            await using var stream = file.OpenReadStream();
            var read = GovUkBankHolidays.Read(stream);
            if (!read.IsValid)
            {
                foreach (var error in read.Errors)
                {
                    modelState.AddModelError("Upload.File", error);
                }
                return null;
            }
            var kept = await db.OneOffBankHolidays.AsNoTracking().Where(h => h.RetiredAt == null).ToListAsync(cancellationToken);
            var added = GovUkBankHolidays.OneOffsToAdd(read.Holidays, kept.Select(h => h.ToHoliday()))
                .GroupBy(h => h.Date)
                .Select(g => new OneOffBankHoliday
                {
                    Date = g.Key, Name = g.First().Name, Nations = g.Aggregate(UkNation.None, (all, h) => all | h.Nations),
                })
                .ToList();
            db.OneOffBankHolidays.AddRange(added);
            await db.SaveChangesAsync(cancellationToken);
            return added.Count;
        }
    }
}
