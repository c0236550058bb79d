using LfrGovernance.Core.Systems;
using Microsoft.EntityFrameworkCore;
using LfrGovernance.Core.Organisations;
using LfrGovernance.Core.People;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Infrastructure.Authentication;

namespace LfrGovernance.Web.Infrastructure.Demo;

/// <summary>A fictional register for local sign-in, so that a demonstration has something to show: the people
/// behind the demo users (with their ranks), some outside organisations, and the facial recognition records
/// (<c>DemoRegister.Records.cs</c>). Loaded once, into an empty
/// register, only in local sign-in mode and only when <c>Register:DemoData</c> is true; never with Entra ID.</summary>
public static partial class DemoRegister
{
    public const string Reason = "Demonstration data, loaded into an empty register in local sign-in mode.";

    /// <summary>Loads the demonstration register if the settings ask for it and the register holds no people or
    /// organisations yet.</summary>
    public static void LoadIfWanted(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var settings = app.Services.GetRequiredService<AuthenticationSettings>();
        if (settings.Mode != AuthenticationMode.Local || !app.Configuration.GetValue("Register:DemoData", false))
        {
            return;
        }
        app.LoadIntoEmptyRegister();
    }

    /// <summary>Loads the demonstration register if the register holds no people or organisations yet, and says
    /// whether it did. The caller has checked that sign-in is local: it is never loaded with Entra ID.</summary>
    public static bool LoadIntoEmptyRegister(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        if (db.People.Any() || db.Organisations.Any())
        {
            return false;
        }
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoRegister));
        var (people, organisations, records) = Load(db);
        LogLoaded(logger, people, organisations, records);
        return true;
    }

    private static (int People, int Organisations, int Records) Load(GovernanceDbContext db)
    {
        var people = new[]
        {
            Officer("Chris Okafor", "S1042", "authoriser", (Rank.ChiefInspector, 2018, 4, 2), (Rank.Superintendent, 2022, 4, 4)),
            Officer("Tom Hale", "S0871", null, (Rank.Superintendent, 2016, 6, 6), (Rank.ChiefSuperintendent, 2021, 1, 11)),
            Officer("Priya Nair", "I2290", "inspector", (Rank.Sergeant, 2014, 3, 3), (Rank.Inspector, 2020, 9, 7)),
            Staff("Bea Hughes", "editor"),
            Staff("Dana Price", "dpo"),
            Staff("Evan Shah", "foi"),
        };
        var organisations = new[]
        {
            new Organisation { Name = "Northgate Shopping Centre Ltd", Kind = OrganisationKind.Landowner, Contact = "Head of security, Northgate Shopping Centre", Notes = "Fictional demonstration record." },
            new Organisation { Name = "City Museum of Science", Kind = OrganisationKind.Museum, Contact = "Operations manager", Notes = "Fictional demonstration record." },
            new Organisation { Name = "Example Arena", Kind = OrganisationKind.Venue, Contact = "Safety officer", Notes = "Fictional demonstration record." },
            new Organisation { Name = "FaceMatch Systems Ltd", Kind = OrganisationKind.Vendor, Contact = "Account manager", Notes = "Fictional supplier, for demonstration." },
            new Organisation { Name = "University of Exampleton", Kind = OrganisationKind.Academic, Contact = "Department of Computer Science", Notes = "Fictional demonstration record." },
            new Organisation { Name = "Regional Organised Crime Unit", Kind = OrganisationKind.OtherForce, Marking = RecordMarking.OfficialSensitive, Notes = "Fictional demonstration record; marked sensitive to show logged views." },
        };
        db.People.AddRange(people);
        db.Organisations.AddRange(organisations);
        db.ChangeReason = Reason;
        db.SaveChanges();

        // One retired record, to show retirement and its history.
        var market = new Organisation { Name = "Old Town Market Traders", Kind = OrganisationKind.Retailer, Notes = "Fictional demonstration record." };
        db.Organisations.Add(market);
        db.SaveChanges();
        market.Retire("Duplicate of another record (demonstration).", db.Clock.GetUtcNow().UtcDateTime);
        db.ChangeReason = "Duplicate of another record (demonstration).";
        db.SaveChanges();
        db.ChangeReason = Reason;
        var records = AddRecords(db, people, organisations);
        db.ChangeReason = null;
        return (people.Length, organisations.Length + 1, records);
    }

    private static Person Officer(string name, string number, string? demoUser, params (Rank Rank, int Year, int Month, int Day)[] ranks)
    {
        var person = new Person { Name = name, CollarOrWarrantNumber = number, AccountObjectId = AccountOf(demoUser) };
        foreach (var (rank, year, month, day) in ranks)
        {
            person.ChangeRank(rank, new DateOnly(year, month, day));
        }
        return person;
    }

    private static Person Staff(string name, string demoUser) => new() { Name = name, AccountObjectId = AccountOf(demoUser) };

    private static string? AccountOf(string? demoUser) =>
        demoUser is null ? null : LocalDemoUsers.Find(demoUser)?.ObjectId.ToString();

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information,
        Message = "Loaded the demonstration register: {People} people, {Organisations} organisations and {Records} systems, deployments and policies.")]
    private static partial void LogLoaded(ILogger logger, int people, int organisations, int records);
}
