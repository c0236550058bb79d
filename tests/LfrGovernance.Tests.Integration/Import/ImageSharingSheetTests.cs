using LfrGovernance.Core.Collaborations;
using LfrGovernance.Tests.Integration.Organisations;
using LfrGovernance.Web.Features.Import.Sheets;
using Microsoft.EntityFrameworkCore;

namespace LfrGovernance.Tests.Integration.Import;

public sealed class ImageSharingSheetTests : IDisposable
{
    private readonly ClockedAppFactory app = new();
    private readonly ClockedAppFactory empty = new();

    public void Dispose()
    {
        app.Dispose();
        empty.Dispose();
    }

    private static string?[] Row(string? collaboration = "COL-1", string? on = "2024-06-01", string? count = "25", string? purposes = "Watchlist", string? dataset = "Store CCTV") =>
        [collaboration, on, "From the organisation to the force", dataset, count, purposes, "DPA 2018 s.35", null];

    private static async Task<Collaboration> SeedCollaborationAsync(ClockedAppFactory factory, bool flagged = false)
    {
        var westfield = CollaborationsSheetTests.Westfield();
        var collaboration = new Collaboration
        {
            Reference = "COL-1", Title = "Pilot", OrganisationId = westfield.Id, Manner = CollaborationManner.ImageSharing, Status = CollaborationStatus.Active,
            StartedOn = new DateOnly(2024, 5, 1), DoNotConfirmOrDeny = flagged,
        };
        await SheetRunner.SeedAsync(factory, westfield, collaboration);
        return collaboration;
    }

    [Fact]
    public async Task Sharings_exported_and_imported_into_an_empty_register_come_back_identical()
    {
        var collaboration = await SeedCollaborationAsync(app);
        await SheetRunner.SeedAsync(app,
            new ImageSharing { CollaborationId = collaboration.Id, SharedOn = new DateOnly(2024, 6, 1), Direction = ImageSharingDirection.PartnerToForce, ImageCount = 25, SourceDataset = "Store CCTV", Purposes = "Watchlist", LegalBasis = "DPA 2018 s.35", SecurityProtocol = "Encrypted" },
            new ImageSharing { CollaborationId = collaboration.Id, SharedOn = new DateOnly(2024, 5, 20), Direction = ImageSharingDirection.ForceToPartner, ImageCount = 3, SourceDataset = "Custody images", Purposes = "Alerts", LegalBasis = "Common law" });

        var (before, after) = await SheetRunner.RoundTripAsync<ImageSharingSheet>(app, empty, typeof(OrganisationsSheet), typeof(CollaborationsSheet));

        Assert.Equal([["COL-1", "2024-05-20", "From the force to the organisation", "Custody images", "3", "Alerts", "Common law", null],
            ["COL-1", "2024-06-01", "From the organisation to the force", "Store CCTV", "25", "Watchlist", "DPA 2018 s.35", "Encrypted"]], before);
        Assert.Equal(before, after);
    }

    [Theory]
    [InlineData("COL-9", "2024-06-01", "25", "Watchlist", "Collaboration", "Collaboration must name a collaboration in the register or on the Collaborations sheet: there is none called \u201cCOL-9\u201d")]
    [InlineData("COL-1", "2024-04-30", "25", "Watchlist", "Date shared", "The date shared cannot be before the collaboration started (1 May 2024)")]
    [InlineData("COL-1", "2024-06-01", "0", "Watchlist", "Number of images", "The number of images must be 1 or more")]
    [InlineData("COL-1", "2024-06-01", "25", null, "Purposes", "Enter what the images were shared for")]
    [InlineData("COL-1", null, "25", "Watchlist", "Date shared", "Enter the date the images were shared")]
    public async Task A_row_breaking_a_rule_is_rejected_beside_its_column_and_nothing_is_staged(string collaboration, string? on, string count, string? purposes, string column, string message)
    {
        await SeedCollaborationAsync(app);

        var result = await SheetRunner.StageAsync<ImageSharingSheet>(app, [Row(collaboration, on, count, purposes)]);

        Assert.Equal((column, message), (result.SingleProblem.Column, result.SingleProblem.Message));
        Assert.Equal(0, await app.QueryAsync(db => db.ImageSharings.CountAsync()));
    }

    [Fact]
    public async Task A_sharing_of_a_collaboration_brought_in_by_the_same_file_takes_its_flag()
    {
        var result = await SheetRunner.StageAsync(app,
        [
            (typeof(OrganisationsSheet), [["Westfield", "Retailer", null, null, null, null]]),
            (typeof(CollaborationsSheet), [[.. CollaborationsSheetTests.Row()[..^1], "Yes"]]),
            (typeof(ImageSharingSheet), [Row()]),
        ]);

        Assert.Empty(result.Problems);
        var sharing = await app.QueryAsync(db => db.ImageSharings.SingleAsync());
        Assert.True(sharing.DoNotConfirmOrDeny);
        Assert.Equal(await app.QueryAsync(db => db.Collaborations.Select(c => c.Id).SingleAsync()), sharing.CollaborationId);
    }

    [Fact]
    public async Task A_new_count_updates_only_the_count_and_an_unchanged_row_saves_nothing()
    {
        await SeedCollaborationAsync(app);
        await SheetRunner.StageAsync<ImageSharingSheet>(app, [Row(), Row(dataset: "Other CCTV")]);

        var result = await SheetRunner.StageAsync<ImageSharingSheet>(app, [Row(count: "30"), Row(dataset: "other cctv")]);

        Assert.Equal((0, 1, 1), (result.Created, result.Updated, result.Unchanged));
        var updates = (await SheetRunner.HistoryAsync(app, "ImageSharing")).Where(h => h.Version == 2).ToList();
        Assert.Equal(["ImageCount"], SheetRunner.ChangedFields(Assert.Single(updates)));
    }

    [Fact]
    public async Task Someone_not_cleared_cannot_add_to_a_collaboration_hidden_from_them()
    {
        await SeedCollaborationAsync(app, flagged: true);

        var result = await SheetRunner.StageAsync<ImageSharingSheet>(app, [Row()], cleared: false);

        Assert.Equal("Collaboration", result.SingleProblem.Column);
        Assert.Equal(0, await app.QueryAsync(db => db.ImageSharings.CountAsync()));
    }
}
