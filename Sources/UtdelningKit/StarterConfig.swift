/// The text of `Config/district.yaml`; a test keeps the two identical.
enum StarterConfig {
    static let yaml = #"""
# utdelning — district configuration
#
# One file per district. Every key below `households:` and `walking:` has a
# default, so delete what you do not want to change. `utdelning init` writes
# this file; commands read ./utdelning.yaml, or the file given with --config.

district:
  name: Värmland
  # Election day: coverage is measured against it.
  deadline: 2030-09-08
  # Households outside every association's polygon are never dropped: `own` plans
  # them as an association of their own (named below, shown on sheets, in the print
  # run and in coverage), `nearest` gives each to the association nearest it.
  outside: own
  outsideAssociation: utan förening

# One entry per local association (partiförening). The names must match the
# names in the boundary file (`utdelning import boundaries --name-property …`).
# The contact is the board member who follows the association up; it is shown
# to the board, never printed on volunteers' sheets.
# `start` (optional, [latitude, longitude]) is where the association's routes
# begin, such as its office; each route starts at its point nearest it. Without
# it, routes begin nearest the middle of the association's households.
# A name no boundary has is an error naming its entry (a mistyped name would
# leave the board with no one to follow up). For example:
#   associations:
#     - name: Karlstad
#       contact: Anna Andersson
#       start: [59.3793, 13.5036]
#     - name: Arvika
#       contact: Erik Svensson
associations: []

# How many households each delivery point (entrance, house) has.
households:
  # Gross floor area per dwelling (footprint × levels ÷ this). Where at least
  # `calibrationMinimumBuildings` buildings of a type carry building:flats, their
  # median replaces this figure for that type (per association, else district-wide).
  squareMetersPerDwelling: 75
  # Levels assumed for an estimated building without building:levels.
  defaultLevels: 3
  # Counted by footprint × levels ÷ m² per dwelling, shared among the entrances.
  estimatedTypes: [apartments, residential, dormitory, flats]
  # One household per address.
  singleHouseholdTypes: [house, detached, semidetached_house, terrace, farm, bungalow, cabin, static_caravan, villa, farmhouse]
  # No households; the address is still listed, with 0.
  nonResidentialTypes: [commercial, retail, industrial, office, warehouse, supermarket, kiosk, school, kindergarten,
    university, college, hospital, church, chapel, mosque, synagogue, temple, civic, public, government,
    fire_station, train_station, transportation, garage, garages, carport, shed, hut, barn, stable, cowshed,
    greenhouse, farm_auxiliary, hangar, roof, service, parking, sports_hall, sports_centre, stadium, hotel,
    toilets, construction, ruins, bunker, storage_tank, silo, transformer_tower, water_tower, allotment_house,
    boathouse]
  # Any other type (mostly building=yes): estimated like apartments from this
  # footprint (m²) up, one household below it.
  unlistedEstimatedFromSquareMeters: 250
  # Households at an address with no building mapped around it.
  addressWithoutBuilding: 1
  calibrationMinimumBuildings: 5
  # m² per dwelling outside this range is a tagging error, not evidence.
  calibrationPlausibleSquareMeters: [25, 300]
  # A register row matches the mapped point with the same address within
  # registerAddressRadiusMeters, else the nearest point within registerMatchRadiusMeters
  # when the row or the point has no street and number (another address is a new point).
  registerMatchRadiusMeters: 25
  registerAddressRadiusMeters: 2000
  # Any other type (mostly building=yes) with fewer than flatsAboveFromLevels levels
  # mapped holds no homes when its address nodes carry one of wholeBuildingUses and
  # none is a home's door (the pension office's amenity sits on its address node),
  # or when it stands on one of workLanduses with fewer than homeDoorsAgainstWorkLand
  # home doors (address nodes without a shop, amenity, office… tag). A shop or café
  # alone in a block of flats does not make it a hall: shops are no whole-building use.
  workLanduses: [industrial, commercial, retail]
  wholeBuildingUses: [amenity=public_building, amenity=townhall, amenity=courthouse, amenity=police,
    amenity=fire_station, amenity=hospital, amenity=clinic, amenity=school, amenity=college, amenity=university,
    amenity=kindergarten, amenity=library, amenity=place_of_worship, amenity=community_centre,
    amenity=nursing_home, amenity=fuel, amenity=car_wash, office=government, shop=furniture, shop=doityourself,
    shop=car, shop=car_repair, shop=wholesale, craft=car_repair, tourism=hotel, leisure=sports_centre]
  flatsAboveFromLevels: 3
  homeDoorsAgainstWorkLand: 2
  # `households check` lists, for someone to look at: estimates of more households
  # than checkAbove at one address, any other type (building=yes) from
  # checkUnlistedFromSquareMeters up counted as flats on its size alone (no levels,
  # no residential land, fewer home doors than homeDoorsAgainstWorkLand), and
  # addresses with no household in a building whose type says people live there.
  checkAbove: 100
  checkUnlistedFromSquareMeters: 1000
  # A home the map draws but gives no address ("hus utan adress") becomes a delivery
  # point beside the nearest named street, under its name, flagged on sheets
  # ("ingen adress i kartan") and listed by `households gaps` for someone to check.
  withoutAddress:
    enabled: true
    # Building types that say people live there: each such building that no
    # address lies in or on is a home.
    homeTypes: [house, detached, semidetached_house, terrace, residential, apartments, bungalow, farm,
      farmhouse, villa, dormitory, flats]
    # Smaller than this (m²), a typed home is a garden hut or a shed.
    homeTypesFootprintAtLeast: 30
    # Land where no building without an address is taken for a home (the smallest
    # land-use area a building stands in counts).
    neverInLanduse: [allotments, garages, industrial, cemetery, military, railway]
    # Types that say nothing (building=yes): a home only on evidence, with a
    # footprint in this range (m²: smaller is a shed or garage, larger a hall), no
    # shop/amenity/office/… tag, not behind another building as seen from its
    # street (a garage behind a house), and at least `evidenceNeeded` of: inside
    # landuse=residential; `levelsAtLeast` levels mapped; `homeNeighbours` homes
    # (typed, or with an address) or house-sized buildings like it within
    # `neighbourMeters` (a village the map gives no address at all).
    evidenceTypes: [yes]
    footprintSquareMeters: [60, 250]
    evidenceNeeded: 2
    levelsAtLeast: 2
    homeNeighbours: 3
    neighbourMeters: 50
    # Farther than this from every named street: left out (the import counts them).
    streetMeters: 300

# Which ways a volunteer walks, and which ways walking areas must not straddle.
walking:
  walkableHighways: [residential, living_street, service, unclassified, tertiary, tertiary_link, secondary,
    secondary_link, primary, primary_link, trunk, trunk_link, road, footway, pedestrian, path, steps, track,
    cycleway, bridleway]
  closedAccess: ["no", private]
  walkingSpeedMetersPerSecond: 1.3
  # A point further than this from every walkable way hangs on a straight link (flagged).
  snapMaxMeters: 150
  barrierHighways: [motorway, motorway_link, trunk, primary]
  barrierRailways: [rail, light_rail, subway, narrow_gauge]
  barrierWaterways: [river, canal]

# How walking areas are cut (`utdelning plan` overrides the first two).
planning:
  # Work time of one area: walking its route plus the time at each door.
  targetMinutes: 90
  # Papers one person can carry.
  maxPapers: 300
  # Areas within ±15 % of the target count as balanced.
  tolerance: 0.15
  secondsPerDeliveryPoint: 20
  secondsPerHousehold: 6
  # Stairs and door codes at an entrance with more than two households.
  secondsPerApartmentEntrance: 60
  # Streets without delivery points up to this long still join two parts of an area.
  bridgeMeters: 250
  # Connected streets that no number of areas divides within the tolerance (1.5
  # targets: one area too long, two too short) join the nearest other streets up
  # to this far on foot.
  joinPiecesWithinMeters: 1000
  # Connected streets with less work than this share of the target are rural:
  # their points go into rounds by car or bike (ruralMode) instead of walks.
  ruralBelowShareOfTarget: 0.5
  ruralMode: car
  # Speeds between rural points, stops included: 8 m/s ≈ 29 km/h, 4 m/s ≈ 14 km/h.
  carSpeedMetersPerSecond: 8
  bikeSpeedMetersPerSecond: 4

# Route sheets (`utdelning sheets`) and the print run (`utdelning printrun`).
sheets:
  # Where volunteers report back: each sheet's QR code points to <base>/areas/<id>?v=<version>.
  # Empty: no QR code, the sheet says to hand it back to the association.
  reportBaseURL: ""
  # Papers ordered beyond one per household, in percent.
  sparePercent: 5
  # sv or en: the language of sheets and maps (`--lang` overrides it).
  language: sv

# Links for volunteers' phones (`utdelning links`, `utdelning serve`).
links:
  # Where phones reach the server, e.g. https://utdelning.example.se: every link starts with
  # it, and so does a printed sheet's QR code, which then opens that area on the phone.
  # `serve --public-url` and `links --public-url` override it.
  publicURL: ""
  # The last day links open (YYYY-MM-DD). Empty: 14 days after district.deadline.
  expires: ""
  # true: the phone's map offers OpenStreetMap's map images (tile.openstreetmap.org, with its
  # attribution) as a layer to switch on when online. false: our own vectors only, and the
  # pages load nothing from another host.
  openStreetMapLayer: false

"""#
}
