"""The variable catalogue of the fine-tuning corpus: 60+ domains of realistic variables.

Each line is ``description ~ synonym / synonym | column_name, ColumnName, ... | kind`` where kind
is ``num lo-hi``, ``rate``, ``bin`` or ``cat level, level, ...``. Kept as text so that adding a
domain is one short block, not a page of constructor calls.
"""
from __future__ import annotations

import dataclasses
import re

_CATALOG = """
= housing
rent price ~ rental cost / monthly rent | rent_price, RentPrice, rent_usd, monthly_rent | num 500-4000
square footage ~ floor area / home size | sqft, floor_area, SquareFeet, area_m2 | num 300-5000
number of bedrooms ~ bedrooms / bedroom count | bedrooms, n_bedrooms, BedroomCount, beds | num 1-6
distance to city centre ~ distance to downtown | dist_center_km, DistanceToCenter, dist_cbd | num 0-40
renovated ~ recent renovation / renovation | renovated, is_renovated, Renovated, reno_flag | bin
neighbourhood type ~ neighbourhood / area type | neighborhood_type, NbhdType, area_type | cat urban, suburban, rural
vacancy rate ~ vacancy | vacancy_rate, VacancyRate, vac_rate | rate
landlord type ~ owner type | landlord_type, LandlordType, owner_kind | cat individual, company, public
tenant income ~ renter income | tenant_income, TenantIncome, renter_inc | num 15000-150000

= labour market
job training programme ~ training program / job training | training, job_training, JobTraining, trained | bin
annual earnings ~ yearly earnings / income | earnings, annual_earnings, AnnualEarnings, income_usd | num 0-120000
years of schooling ~ education years / schooling | educ, education_years, YearsSchooling, yrs_school | num 6-20
age ~ worker age | age, Age, age_years | num 18-65
married ~ marital status | married, is_married, Married | bin
union membership ~ union member | union, union_member, UnionMember | bin
weekly hours worked ~ hours worked / working hours | hours_worked, weekly_hours, HoursWorked | num 0-70
region ~ area | region, Region, area | cat north, south, east, west
prior earnings ~ previous earnings / past income | prior_earnings, earnings_prev, PriorIncome, re75 | num 0-80000

= clinical trial
new drug ~ treatment drug / medication | drug, treated, NewDrug, received_drug | bin
systolic blood pressure ~ blood pressure / BP | systolic_bp, SystolicBP, bp_sys, sbp | num 90-200
body mass index ~ BMI / body mass | bmi, BMI, body_mass_index | num 16-45
patient age ~ age | age, patient_age, Age | num 18-90
smoker ~ smoking status / smoking | smoker, is_smoker, Smoking | bin
cholesterol level ~ cholesterol / LDL | cholesterol, chol_mgdl, Cholesterol, ldl | num 120-300
dosage group ~ dose group / dose level | dose_group, DoseGroup, dosage | cat placebo, low, high
hospital site ~ hospital / clinic | hospital, site, HospitalSite, clinic_id | cat A, B, C
sex ~ gender | sex, Sex, gender | cat female, male

= schooling
tutoring ~ private tutoring / tutor sessions | tutoring, tutored, Tutoring, got_tutor | bin
test score ~ exam score / math score | test_score, TestScore, math_score, exam_pts | num 0-100
class size ~ number of pupils per class | class_size, ClassSize, pupils_per_class | num 10-40
parental income ~ family income / household income | parent_income, ParentIncome, family_income | num 10000-200000
homework completion rate ~ homework rate | homework_rate, HomeworkRate, hw_completion | rate
free lunch eligibility ~ free lunch / lunch subsidy | free_lunch, FreeLunch, lunch_eligible | bin
school type ~ type of school | school_type, SchoolType, school_kind | cat public, charter, private
attendance rate ~ attendance | attendance_rate, Attendance, attend_pct | rate
study hours ~ hours of study / weekly study time | study_hours, StudyHours, hrs_study | num 0-40

= email marketing
email campaign ~ marketing email / promotional email | email, got_email, EmailCampaign, emailed | bin
customer spend ~ purchase amount / revenue per customer | spend, revenue, CustomerSpend, purchase_amount | num 0-1000
site visits ~ website visits / visits | visits, site_visits, SiteVisits, n_sessions | num 0-50
customer tenure ~ tenure / months as customer | tenure_months, tenure, TenureMonths | num 0-120
past purchases ~ previous orders / order history | past_purchases, n_orders, PastPurchases | num 0-40
mobile user ~ uses the mobile app / mobile | mobile, is_mobile, MobileUser | bin
customer segment ~ segment / tier | segment, Segment, customer_segment, tier | cat budget, standard, premium
discount offer ~ discount / promotion | discount_offer, DiscountOffer, promo | cat none, ten_percent, free_shipping
click-through rate ~ CTR / click rate | ctr, click_rate, ClickThroughRate | rate

= home energy
smart thermostat ~ thermostat / smart meter | smart_thermostat, SmartThermostat, has_thermostat | bin
monthly energy use ~ electricity consumption / energy consumption | energy_kwh, EnergyUse, kwh_month | num 100-3000
heating hours ~ hours of heating | heating_hours, HeatingHours, hrs_heating | num 0-400
home size ~ dwelling size / house size | home_sqft, HomeSize, dwelling_m2 | num 400-5000
household size ~ number of occupants / occupants | household_size, HouseholdSize, occupants | num 1-8
outdoor temperature ~ temperature / outside temperature | outdoor_temp, OutdoorTemp, temp_c | num -20-35
climate zone ~ climate region | climate_zone, ClimateZone, zone | cat cold, mild, warm
tariff plan ~ electricity tariff / rate plan | tariff, TariffPlan, rate_plan | cat standard, time_of_use, green
insulation thickness ~ insulation | insulation_cm, InsulationCm, insulation | num 0-40

= retail stores
loyalty programme ~ loyalty card / rewards membership | loyalty, loyalty_member, LoyaltyProgram | bin
weekly sales ~ store sales / sales | weekly_sales, WeeklySales, sales, sales_usd | num 1000-20000
foot traffic ~ visitors / store visitors | foot_traffic, FootTraffic, visitors | num 100-3000
store size ~ floor space / selling area | store_sqft, StoreSize, floor_space | num 2000-50000
local population ~ population / catchment population | population, LocalPopulation, pop_k | num 5-500
urban location ~ city location / urban | urban, is_urban, Urban | bin
store layout ~ layout / format | layout, StoreLayout, store_format | cat standard, open, compact
competitor count ~ number of competitors / competitors | competitors, n_competitors, CompetitorCount | num 0-12
price discount ~ discount percent / markdown | discount_pct, DiscountPct, markdown | num 0-50

= public health
vaccination ~ vaccine / vaccinated | vaccinated, vaccine, Vaccination, got_vaccine | bin
hospital admissions ~ admissions / hospitalisations | admissions, hosp_admissions, HospitalAdmissions | num 0-500
infection rate ~ infections / case rate | infection_rate, InfectionRate, case_rate | rate
mask mandate ~ mask policy / face mask rule | mask_mandate, MaskMandate, masks_required | bin
population density ~ density | pop_density, PopulationDensity, density_km2 | num 1-20000
median age ~ average age of residents | median_age, MedianAge, age_med | num 20-60
county type ~ county / area type | county_type, CountyType, urbanicity | cat urban, suburban, rural
testing rate ~ tests per capita / testing | testing_rate, TestsPerCapita, test_rate | rate
clinic visits ~ doctor visits / GP visits | clinic_visits, ClinicVisits, gp_visits | num 0-30

= agriculture
fertilizer use ~ fertilizer / fertiliser application | fertilizer, fertilizer_kg, FertilizerUse, fert_kg_ha | num 0-400
crop yield ~ yield / harvest | crop_yield, CropYield, yield_t_ha, harvest_tons | num 0-15
rainfall ~ precipitation / rain | rainfall_mm, Rainfall, precip, rain_mm | num 100-2500
irrigation ~ irrigated fields / irrigation system | irrigation, irrigated, Irrigation, has_irrigation | bin
soil quality ~ soil grade / soil | soil_quality, SoilQuality, soil_grade | cat poor, fair, good
farm size ~ farm area / acreage | farm_size, FarmSize, acreage, farm_ha | num 1-2000
seed variety ~ variety / seed type | seed_variety, SeedVariety, variety | cat local, hybrid, improved
pest damage ~ pest infestation / pests | pest_damage, PestDamage, pest_pct | rate
extension visits ~ advisory visits / extension service | extension_visits, ExtensionVisits, advisor_visits | num 0-20

= ride hailing
surge pricing ~ surge / dynamic pricing | surge, surge_pricing, SurgePricing, is_surge | bin
ride requests ~ number of trips / trip requests | ride_requests, RideRequests, n_trips, trips | num 0-5000
wait time ~ pickup wait / waiting time | wait_time_min, WaitTime, pickup_wait | num 0-60
driver supply ~ active drivers / drivers online | drivers_online, DriverSupply, active_drivers | num 0-2000
weather ~ weather condition | weather, Weather, conditions | cat clear, rain, snow
hour of day ~ hour / time of day | hour, hour_of_day, HourOfDay | num 0-23
weekend ~ weekend day | weekend, is_weekend, Weekend | bin
fare ~ trip fare / price | fare, fare_usd, Fare, trip_price | num 3-120
city ~ market / metro area | city, City, market | cat austin, boston, denver

= online education
video lectures ~ lecture videos / video content | video_lectures, VideoLectures, has_video | bin
course completion ~ completion / finished the course | completed, course_completion, CourseCompletion | bin
quiz score ~ quiz grade / assessment score | quiz_score, QuizScore, avg_quiz | num 0-100
time on platform ~ minutes online / study time | time_on_platform, TimeOnPlatform, minutes_online | num 0-3000
forum posts ~ discussion posts / posts | forum_posts, ForumPosts, n_posts | num 0-200
learner age ~ age | age, learner_age, Age | num 16-70
prior degree ~ education level / degree | prior_degree, PriorDegree, degree | cat none, bachelor, master
device type ~ device | device, device_type, DeviceType | cat desktop, mobile, tablet
reminder emails ~ nudges / reminders | reminders, reminder_emails, ReminderEmails | bin

= transport policy
congestion charge ~ road pricing / congestion pricing | congestion_charge, CongestionCharge, road_toll | bin
traffic volume ~ vehicles per day / traffic | traffic_volume, TrafficVolume, vehicles_day | num 1000-100000
air pollution ~ NO2 level / pollution | no2, air_pollution, AirPollution, no2_ugm3 | num 5-120
public transit ridership ~ transit use / bus ridership | transit_riders, TransitRidership, bus_trips | num 0-50000
fuel price ~ petrol price / gas price | fuel_price, FuelPrice, gas_price | num 0.5-3
road type ~ road class | road_type, RoadType, road_class | cat arterial, local, highway
season ~ time of year | season, Season, quarter | cat winter, spring, summer, autumn
bike lanes ~ cycle lanes | bike_lanes, BikeLanes, has_bike_lane | bin
commute time ~ travel time | commute_min, CommuteTime, travel_time | num 5-120

= banking
credit limit increase ~ limit increase / higher credit limit | limit_increase, CreditLimitIncrease, cli | bin
default ~ loan default / delinquency | default, defaulted, Default, delinquent | bin
credit score ~ FICO score / score | credit_score, CreditScore, fico | num 300-850
account balance ~ balance | balance, account_balance, AccountBalance | num 0-100000
monthly spending ~ card spend / spending | monthly_spend, MonthlySpending, card_spend | num 0-20000
customer age ~ age | age, customer_age, Age | num 18-90
employment status ~ employment / job status | employment, employment_status, EmploymentStatus | cat employed, self_employed, unemployed
interest rate ~ APR / rate | interest_rate, InterestRate, apr | rate
number of products ~ products held | n_products, NumProducts, products | num 1-8

= insurance
wellness programme ~ wellness program / health coaching | wellness, wellness_program, WellnessProgram | bin
claims cost ~ claim amount / insurance claims | claims_cost, ClaimsCost, claim_usd | num 0-50000
premium ~ insurance premium / policy price | premium, Premium, premium_usd | num 100-5000
policyholder age ~ age | age, holder_age, Age | num 18-90
vehicle age ~ car age | vehicle_age, VehicleAge, car_age_yrs | num 0-25
coverage type ~ plan type / coverage | coverage, coverage_type, CoverageType | cat basic, standard, comprehensive
deductible ~ excess | deductible, Deductible, deductible_usd | num 0-5000
prior claims ~ previous claims | prior_claims, PriorClaims, n_prev_claims | num 0-10
telematics device ~ black box / usage tracker | telematics, has_telematics, Telematics | bin

= manufacturing
preventive maintenance ~ maintenance schedule / scheduled maintenance | maintenance, preventive_maint, PreventiveMaintenance | bin
defect rate ~ defects / scrap rate | defect_rate, DefectRate, scrap_rate | rate
machine age ~ equipment age | machine_age, MachineAge, equip_age_yrs | num 0-30
operator experience ~ years of experience / experience | operator_exp, OperatorExperience, exp_years | num 0-40
shift ~ work shift | shift, Shift, shift_type | cat day, evening, night
line speed ~ production speed / throughput | line_speed, LineSpeed, units_per_hr | num 10-500
downtime ~ machine downtime / unplanned downtime | downtime_hrs, Downtime, downtime | num 0-100
supplier ~ material supplier / vendor | supplier, Supplier, vendor | cat alpha, beta, gamma
ambient humidity ~ humidity | humidity, ambient_humidity, Humidity | rate

= hotel bookings
dynamic pricing ~ price optimisation / dynamic rates | dynamic_pricing, DynamicPricing, dyn_price | bin
booking cancellation ~ cancellations / cancelled bookings | cancelled, is_canceled, Cancellation | bin
lead time ~ days booked in advance / booking lead time | lead_time, LeadTime, days_ahead | num 0-365
average daily rate ~ room rate / nightly price | adr, avg_daily_rate, AverageDailyRate | num 40-600
length of stay ~ nights / stay length | nights, length_of_stay, LengthOfStay | num 1-21
guest type ~ customer type / traveller type | guest_type, GuestType, customer_type | cat transient, group, contract
deposit required ~ deposit / prepayment | deposit, deposit_required, DepositRequired | bin
review score ~ rating / guest rating | review_score, ReviewScore, rating | num 1-10
booking channel ~ channel / distribution channel | channel, booking_channel, BookingChannel | cat direct, online_agency, corporate

= social media
recommendation algorithm ~ new feed ranking / ranking change | new_ranking, algorithm, NewAlgorithm, feed_v2 | bin
time spent ~ session minutes / engagement time | time_spent_min, TimeSpent, minutes_daily | num 0-600
posts liked ~ likes / number of likes | likes, posts_liked, LikesCount | num 0-1000
follower count ~ followers | followers, follower_count, FollowerCount | num 0-100000
user age ~ age | age, user_age, Age | num 13-80
platform ~ app platform / operating system | platform, Platform, os | cat ios, android, web
notifications enabled ~ push notifications | notifications, notif_enabled, NotificationsOn | bin
ad exposure ~ ads seen / ad impressions | ad_impressions, AdExposure, ads_seen | num 0-500
content creator ~ creator status | creator, is_creator, ContentCreator | bin

= mental health
therapy sessions ~ counselling / therapy | therapy, counseling, TherapySessions, in_therapy | bin
depression score ~ PHQ-9 score / depressive symptoms | phq9, depression_score, DepressionScore | num 0-27
sleep hours ~ hours of sleep / sleep duration | sleep_hours, SleepHours, sleep_hrs | num 3-12
physical activity ~ exercise minutes / weekly exercise | exercise_min, PhysicalActivity, activity_mins | num 0-600
social support ~ support network | social_support, SocialSupport, support_score | num 0-10
employment ~ job status / employed | employed, is_employed, Employment | bin
age group ~ age band | age_group, AgeGroup, age_band | cat young, middle, older
screen time ~ daily screen hours / screen use | screen_time, ScreenTime, screen_hrs | num 0-16
medication ~ antidepressants / medication use | medication, on_medication, Medication | bin

= software engineering
code review ~ peer review / reviews | code_review, CodeReview, reviewed | bin
bug count ~ defects / bugs | bugs, bug_count, BugCount, n_defects | num 0-200
lines of code ~ code size / LOC | loc, lines_of_code, LinesOfCode | num 100-500000
team size ~ number of developers / developers | team_size, TeamSize, n_devs | num 1-50
test coverage ~ unit test coverage / coverage | test_coverage, TestCoverage, coverage_pct | rate
language ~ programming language | language, Language, lang | cat python, java, go
deployment frequency ~ releases per month / deploys | deploys_per_month, DeploymentFrequency, releases | num 0-100
pair programming ~ pairing | pair_programming, PairProgramming, paired | bin
developer experience ~ years of experience | dev_experience, DevExperience, exp_yrs | num 0-30

= sports science
altitude training ~ high-altitude camp / altitude camp | altitude_training, AltitudeTraining, alt_camp | bin
race time ~ finishing time / 10k time | race_time, RaceTime, finish_min | num 25-90
VO2 max ~ aerobic capacity / VO2max | vo2max, VO2Max, vo2_max | num 30-85
weekly mileage ~ training volume / distance per week | weekly_km, WeeklyMileage, km_week | num 0-200
athlete age ~ age | age, athlete_age, Age | num 16-60
sex ~ gender | sex, Sex, gender | cat female, male
resting heart rate ~ heart rate / resting HR | resting_hr, RestingHR, hr_rest | num 35-90
diet plan ~ nutrition plan / diet | diet, diet_plan, DietPlan | cat standard, high_carb, keto
injury ~ injured / injury history | injury, injured, Injury | bin

= urban policing
foot patrols ~ police patrols / patrol programme | foot_patrol, FootPatrols, patrols | bin
crime rate ~ crimes per 1000 / crime | crime_rate, CrimeRate, crimes_per_k | num 0-200
street lighting ~ streetlights / lighting upgrade | street_lighting, StreetLighting, lights | bin
unemployment rate ~ unemployment / jobless rate | unemployment_rate, UnemploymentRate, unemp | rate
median household income ~ household income / income | median_income, MedianIncome, hh_income | num 15000-200000
neighbourhood ~ district / ward | neighborhood, district, Ward | cat central, east, west
youth programmes ~ youth centres / after-school programmes | youth_programs, YouthPrograms, youth_centre | bin
arrests ~ number of arrests | arrests, n_arrests, ArrestCount | num 0-500
population ~ residents | population, Population, residents | num 1000-500000

= water utilities
water price increase ~ tariff rise / price hike | price_increase, WaterPriceIncrease, tariff_up | bin
water consumption ~ water use / litres per day | water_use, WaterConsumption, litres_day | num 50-1000
garden size ~ yard area / lawn size | garden_m2, GardenSize, lawn_area | num 0-2000
household members ~ household size / people in home | household_members, HouseholdMembers, hh_size | num 1-10
drought year ~ drought / dry year | drought, drought_year, DroughtYear | bin
meter type ~ water meter | meter_type, MeterType, meter | cat analog, smart
property value ~ home value / house price | property_value, PropertyValue, home_value | num 50000-2000000
leak alerts ~ leak notifications / leak alert | leak_alerts, LeakAlerts, alerts_on | bin
rainfall ~ precipitation | rainfall, Rainfall, rain_mm | num 0-300

= nutrition
school meal programme ~ free school meals / meal programme | school_meals, SchoolMealProgram, meal_program | bin
child weight ~ body weight / weight | weight_kg, ChildWeight, weight | num 10-80
child height ~ height | height_cm, ChildHeight, height | num 70-180
daily calories ~ calorie intake / energy intake | calories, daily_calories, DailyCalories, kcal | num 800-4000
fruit and vegetable servings ~ servings of fruit / vegetable intake | fruit_veg, FruitVegServings, servings | num 0-10
household income band ~ income band / income group | income_band, IncomeBand, income_group | cat low, middle, high
mother's education ~ maternal education | mother_educ, MotherEducation, mom_edu_yrs | num 0-20
rural household ~ rural / countryside | rural, is_rural, Rural | bin
anaemia ~ anemia / iron deficiency | anemia, anaemic, Anemia | bin

= environment
protected area ~ conservation area / reserve | protected, protected_area, ProtectedArea | bin
forest cover ~ tree cover / forest | forest_cover, ForestCover, tree_pct | rate
deforestation ~ forest loss / clearing | deforestation_ha, Deforestation, forest_loss | num 0-5000
distance to road ~ road distance / remoteness | dist_road_km, DistanceToRoad, road_dist | num 0-200
elevation ~ altitude / height above sea level | elevation_m, Elevation, altitude | num 0-4000
land tenure ~ tenure / ownership | land_tenure, LandTenure, tenure_type | cat private, communal, state
cattle density ~ livestock density / cattle | cattle_density, CattleDensity, cows_km2 | num 0-300
eco-tourism revenue ~ tourism income | ecotourism, EcoTourismRevenue, tourism_usd | num 0-1000000
slope ~ terrain slope / steepness | slope_deg, Slope, steepness | num 0-60

= e-commerce checkout
one-click checkout ~ express checkout / one click buy | one_click, OneClickCheckout, express_checkout | bin
conversion ~ purchase / converted | converted, conversion, Purchased | bin
cart value ~ basket value / cart size | cart_value, CartValue, basket_usd | num 0-2000
page load time ~ load time / latency | load_time_ms, PageLoadTime, latency_ms | num 100-10000
returning customer ~ repeat customer / returning visitor | returning, is_returning, ReturningCustomer | bin
traffic source ~ acquisition channel / referrer | source, traffic_source, TrafficSource | cat search, social, direct, email
items in cart ~ number of items / basket items | n_items, ItemsInCart, cart_items | num 1-30
free shipping threshold ~ shipping threshold | ship_threshold, FreeShippingThreshold, free_ship_min | num 0-200
session duration ~ time on site / session length | session_sec, SessionDuration, time_on_site | num 0-7200

= pharmacy sales
generic substitution ~ generic drug switch / generics | generic_switch, GenericSubstitution, generic | bin
prescription adherence ~ adherence / refill rate | adherence, PrescriptionAdherence, pdc | rate
out-of-pocket cost ~ copay / patient cost | copay, out_of_pocket, OutOfPocketCost | num 0-500
patient age ~ age | age, patient_age, Age | num 18-95
chronic conditions ~ number of chronic conditions / comorbidities | n_chronic, ChronicConditions, comorbidities | num 0-10
pharmacy type ~ store type | pharmacy_type, PharmacyType, store_kind | cat chain, independent, online
reminder calls ~ refill reminders / phone reminders | reminder_calls, ReminderCalls, refill_reminder | bin
insurance type ~ insurer / coverage | insurance, insurance_type, InsuranceType | cat private, public, none
hospital readmission ~ readmitted / readmission | readmitted, readmission, HospitalReadmission | bin

= call centre
callback offer ~ call-back option / callback | callback, callback_offer, CallbackOffer | bin
customer satisfaction ~ CSAT / satisfaction score | csat, satisfaction, CustomerSatisfaction | num 1-5
hold time ~ waiting time / queue time | hold_time_sec, HoldTime, queue_sec | num 0-1800
agent tenure ~ agent experience / months on the job | agent_tenure, AgentTenure, agent_months | num 0-120
call reason ~ reason for calling / call type | call_reason, CallReason, reason_code | cat billing, technical, sales
first call resolution ~ resolved on first call / FCR | fcr, first_call_resolution, FirstCallResolution | bin
call volume ~ calls per hour / volume | calls_per_hour, CallVolume, volume | num 0-500
scripted greeting ~ greeting script / script | scripted, scripted_greeting, ScriptedGreeting | bin
handle time ~ average handle time / AHT | aht_sec, HandleTime, handle_time | num 60-3600

= microfinance
microloan ~ small loan / microcredit | microloan, got_loan, Microloan, loan_recipient | bin
business profit ~ monthly profit / profits | profit, business_profit, BusinessProfit | num -500-5000
household consumption ~ consumption / spending | consumption, hh_consumption, HouseholdConsumption | num 50-3000
female borrower ~ woman borrower / female | female, female_borrower, FemaleBorrower | bin
village ~ community | village, Village, community | cat north_village, river_village, hill_village
literacy ~ can read / literate | literate, literacy, Literacy | bin
savings ~ household savings | savings, hh_savings, Savings | num 0-10000
business type ~ enterprise type / sector | business_type, BusinessType, sector | cat trade, farming, services
group lending ~ joint liability / group loan | group_lending, GroupLending, joint_liability | bin

= aviation
on-time performance incentive ~ punctuality bonus / incentive | ontime_bonus, OnTimeIncentive, punct_bonus | bin
departure delay ~ delay / minutes late | dep_delay, DepartureDelay, delay_min | num -10-300
flight distance ~ distance / route length | distance_km, FlightDistance, route_km | num 100-12000
aircraft age ~ plane age / fleet age | aircraft_age, AircraftAge, plane_age | num 0-35
load factor ~ seat occupancy / occupancy | load_factor, LoadFactor, occupancy | rate
airline ~ carrier | airline, Airline, carrier | cat alpha_air, beta_jet, gamma_fly
weather delay ~ bad weather / storm | weather_delay, WeatherDelay, storm | bin
departure hour ~ scheduled hour / time of departure | dep_hour, DepartureHour, sched_hour | num 0-23
passenger complaints ~ complaints | complaints, n_complaints, PassengerComplaints | num 0-100

= real estate sales
home staging ~ staged home / staging | staged, home_staging, HomeStaging | bin
sale price ~ selling price / price | sale_price, SalePrice, price_usd | num 50000-3000000
days on market ~ time to sell / listing duration | days_on_market, DaysOnMarket, dom | num 0-365
number of photos ~ listing photos / photos | n_photos, NumPhotos, photos | num 0-60
lot size ~ land area / plot size | lot_sqft, LotSize, plot_m2 | num 500-100000
property type ~ home type | property_type, PropertyType, home_type | cat condo, townhouse, detached
agent commission ~ commission rate / fee | commission, agent_commission, AgentCommission | rate
school district rating ~ school rating / district score | school_rating, SchoolRating, district_score | num 1-10
year built ~ construction year | year_built, YearBuilt, built | num 1900-2024

= logistics
route optimisation software ~ routing software / route planner | route_software, RouteOptimization, optimized_routes | bin
delivery time ~ delivery duration / time to deliver | delivery_hours, DeliveryTime, ttd_hrs | num 1-120
fuel cost ~ fuel spend / fuel | fuel_cost, FuelCost, fuel_usd | num 10-2000
package weight ~ parcel weight / weight | weight_kg, PackageWeight, parcel_kg | num 0-50
distance ~ route distance / kilometres | distance_km, Distance, route_km | num 1-3000
vehicle type ~ vehicle / van type | vehicle_type, VehicleType, van | cat van, truck, bike
driver rating ~ courier rating | driver_rating, DriverRating, courier_score | num 1-5
late delivery ~ delivered late / late | late, late_delivery, LateDelivery | bin
warehouse ~ depot / distribution centre | warehouse, Warehouse, depot | cat north_hub, south_hub, west_hub

= tourism
tourism marketing campaign ~ destination campaign / ad campaign | campaign, tourism_campaign, MarketingCampaign | bin
visitor arrivals ~ tourist arrivals / arrivals | arrivals, visitor_arrivals, VisitorArrivals | num 0-1000000
hotel occupancy ~ occupancy rate | hotel_occupancy, HotelOccupancy, occ_rate | rate
average spend per visitor ~ tourist spending / spend per visitor | spend_per_visitor, AvgSpend, visitor_spend | num 20-3000
exchange rate ~ currency rate / FX rate | exchange_rate, ExchangeRate, fx | num 0.5-2
season ~ month type / peak season | season, Season, peak | cat low, shoulder, peak
flight connections ~ direct flights / air connections | flights, flight_connections, FlightConnections | num 0-200
festival ~ event / cultural festival | festival, has_festival, Festival | bin
safety index ~ safety rating | safety_index, SafetyIndex, safety | num 0-100

= telecom
unlimited data plan ~ unlimited plan / data plan | unlimited, unlimited_plan, UnlimitedPlan | bin
churn ~ cancelled subscription / churned | churn, churned, Churn | bin
monthly bill ~ bill amount / monthly charges | monthly_bill, MonthlyCharges, bill_usd | num 10-300
data usage ~ GB used / data consumption | data_gb, DataUsage, gb_used | num 0-200
contract length ~ contract type / contract | contract, contract_type, ContractLength | cat monthly, one_year, two_year
customer tenure ~ months with the company / tenure | tenure, tenure_months, Tenure | num 0-72
dropped calls ~ call drops / dropped call rate | dropped_calls, DroppedCalls, drops | num 0-50
support tickets ~ complaints / tickets | tickets, support_tickets, SupportTickets | num 0-20
senior citizen ~ older customer / senior | senior, senior_citizen, SeniorCitizen | bin

= childcare policy
childcare subsidy ~ daycare subsidy / subsidy | subsidy, childcare_subsidy, ChildcareSubsidy | bin
maternal employment ~ mother works / mother employed | mother_employed, MaternalEmployment, mom_works | bin
weekly childcare hours ~ hours in daycare / childcare hours | childcare_hours, ChildcareHours, daycare_hrs | num 0-60
number of children ~ children / kids | n_children, NumChildren, kids | num 1-6
youngest child age ~ age of youngest child | youngest_age, YoungestChildAge, min_child_age | num 0-12
household earnings ~ family earnings / household income | hh_earnings, HouseholdEarnings, family_income | num 0-200000
single parent ~ lone parent | single_parent, SingleParent, lone_parent | bin
province ~ state / region | province, Province, state | cat ontario, quebec, alberta
child development score ~ school readiness / development score | dev_score, ChildDevelopment, readiness | num 0-100

= pricing experiments
price increase ~ higher price / price rise | price_up, PriceIncrease, higher_price | bin
units sold ~ quantity / sales volume | units_sold, UnitsSold, quantity, qty | num 0-10000
product category ~ category | category, product_category, ProductCategory | cat electronics, apparel, grocery
competitor price ~ rival price | competitor_price, CompetitorPrice, rival_price | num 1-500
advertising spend ~ ad budget / marketing spend | ad_spend, AdSpend, marketing_usd | num 0-100000
holiday week ~ holiday / festive week | holiday, holiday_week, HolidayWeek | bin
stock level ~ inventory / stock | inventory, stock_level, StockLevel | num 0-5000
customer rating ~ product rating / stars | rating, customer_rating, Stars | num 1-5
revenue ~ sales revenue / turnover | revenue, Revenue, turnover_usd | num 0-1000000

= hr analytics
remote work ~ working from home / WFH | remote, remote_work, RemoteWork, wfh | bin
employee performance ~ performance rating / performance | performance, perf_rating, PerformanceRating | num 1-5
attrition ~ quit / left the company | attrition, left, Attrition, quit | bin
salary ~ pay / annual salary | salary, annual_salary, Salary, pay_usd | num 20000-250000
job satisfaction ~ satisfaction / engagement | job_satisfaction, JobSatisfaction, engagement | num 1-5
department ~ team / division | department, Department, dept | cat sales, engineering, support
commute distance ~ distance from home | commute_km, CommuteDistance, dist_home | num 0-100
training hours ~ hours of training / learning time | training_hours, TrainingHours, learning_hrs | num 0-200
overtime ~ overtime hours / extra hours | overtime, overtime_hrs, Overtime | num 0-40

= dental health
fluoride varnish ~ fluoride treatment / fluoride | fluoride, fluoride_varnish, FluorideVarnish | bin
cavities ~ decayed teeth / caries | cavities, n_caries, Cavities, dmft | num 0-20
sugar intake ~ sugary drinks / sugar consumption | sugar_g, SugarIntake, sugary_drinks | num 0-200
brushing frequency ~ times brushed per day / brushing | brushing, brush_per_day, BrushingFrequency | num 0-3
child age ~ age | age, child_age, Age | num 2-16
dental visits ~ dentist visits / check-ups | dental_visits, DentalVisits, checkups | num 0-6
water fluoridation ~ fluoridated water | fluoridated, water_fluoridation, WaterFluoridation | bin
income level ~ family income level | income_level, IncomeLevel, ses | cat low, middle, high
school ~ school name | school, School, school_id | cat maple, oak, pine

= air quality
air purifier ~ HEPA filter / purifier | purifier, air_purifier, AirPurifier, hepa | bin
asthma attacks ~ asthma episodes / attacks | asthma_attacks, AsthmaAttacks, n_attacks | num 0-30
PM2.5 level ~ fine particulates / PM2.5 | pm25, PM25, pm2_5 | num 0-300
distance to highway ~ highway distance | dist_highway_m, DistanceToHighway, hwy_dist | num 0-5000
indoor smoking ~ smoking indoors / smoker at home | indoor_smoking, IndoorSmoking, smoker_home | bin
child age ~ age | age, child_age, Age | num 1-17
housing type ~ dwelling type | housing_type, HousingType, dwelling | cat apartment, house, mobile_home
inhaler use ~ rescue inhaler / inhaler | inhaler_use, InhalerUse, puffs_week | num 0-50
pet ownership ~ pets / has a pet | pets, pet_owner, PetOwnership | bin

= esports
coaching ~ team coach / coaching sessions | coaching, has_coach, Coaching | bin
win rate ~ wins / winning percentage | win_rate, WinRate, win_pct | rate
practice hours ~ training time / hours of practice | practice_hours, PracticeHours, scrim_hrs | num 0-80
player age ~ age | age, player_age, Age | num 14-35
team region ~ region / league | region, league, TeamRegion | cat na, eu, asia
ping ~ latency / network latency | ping_ms, Ping, latency | num 5-200
sponsorship ~ sponsor / sponsored | sponsored, sponsorship, Sponsorship | bin
tournament earnings ~ prize money / earnings | earnings_usd, TournamentEarnings, prize_money | num 0-1000000
hours streamed ~ streaming hours / stream time | hours_streamed, HoursStreamed, stream_hrs | num 0-300

= elections
canvassing ~ door-to-door canvassing / door knocking | canvassed, canvassing, Canvassing | bin
voter turnout ~ turnout / voted | voted, turnout, VoterTurnout | bin
voter age ~ age | age, voter_age, Age | num 18-95
party registration ~ party / registered party | party, party_reg, PartyRegistration | cat dem, rep, ind
past turnout ~ voted last election / previous turnout | voted_last, PastTurnout, prev_vote | bin
campaign mailers ~ mail pieces / mailers | mailers, n_mailers, CampaignMailers | num 0-10
precinct ~ voting district / ward | precinct, Precinct, ward | cat p1, p2, p3, p4
distance to polling station ~ polling distance | dist_poll_km, DistanceToPoll, poll_dist | num 0-30
text reminders ~ SMS reminder / text message | sms_reminder, TextReminder, texted | bin

= restaurants
online menu ~ digital menu / QR menu | digital_menu, OnlineMenu, qr_menu | bin
average check ~ bill size / spend per table | avg_check, AverageCheck, check_usd | num 10-300
table turnover ~ turns per night / table turns | table_turns, TableTurnover, turns | num 0-10
wait staff ~ servers on shift / staff count | servers, wait_staff, WaitStaff | num 1-30
cuisine ~ food type | cuisine, Cuisine, food_type | cat italian, asian, american
happy hour ~ drink discount / happy hour promotion | happy_hour, HappyHour, hh_promo | bin
online rating ~ review stars / Yelp rating | rating, online_rating, OnlineRating | num 1-5
weekday ~ day of week | weekday, DayOfWeek, dow | cat mon, tue, wed, thu, fri, sat, sun
delivery orders ~ takeaway orders / delivery | delivery_orders, DeliveryOrders, takeaway | num 0-500

= cybersecurity
phishing training ~ security awareness training / training | phish_training, PhishingTraining, sec_training | bin
phishing click rate ~ clicked phishing email / click rate | phish_click, ClickRate, clicked | rate
security incidents ~ incidents / breaches | incidents, security_incidents, SecurityIncidents | num 0-100
employee tenure ~ years at company / tenure | tenure_yrs, EmployeeTenure, tenure | num 0-40
department ~ business unit / team | department, Department, unit | cat finance, it, operations
two-factor authentication ~ 2FA / MFA | mfa, two_factor, TwoFactorAuth | bin
emails received ~ inbox volume / email volume | emails_per_day, EmailsReceived, inbox_volume | num 0-500
password age ~ days since password change | password_age, PasswordAge, pwd_days | num 0-730
remote access ~ VPN use / remote login | vpn, remote_access, RemoteAccess | bin

= fisheries
fishing quota ~ catch limit / quota | quota, fishing_quota, FishingQuota | bin
fish stock ~ biomass / stock size | biomass_t, FishStock, stock | num 0-100000
sea temperature ~ water temperature / SST | sst, sea_temp, SeaTemperature | num -2-32
fleet size ~ number of boats / vessels | fleet_size, FleetSize, n_vessels | num 1-500
catch ~ landings / catch volume | catch_t, Catch, landings | num 0-50000
gear type ~ fishing gear / gear | gear, gear_type, GearType | cat trawl, longline, net
marine reserve ~ no-take zone / reserve | marine_reserve, MarineReserve, no_take | bin
fuel subsidy ~ diesel subsidy | fuel_subsidy, FuelSubsidy, diesel_aid | num 0-100000
port ~ harbour / landing port | port, Port, harbour | cat north_port, south_port, east_port

= dairy farming
robotic milking ~ milking robot / automated milking | robot_milking, RoboticMilking, ams | bin
milk yield ~ milk production / litres per cow | milk_yield, MilkYield, litres_cow | num 0-60
herd size ~ number of cows / herd | herd_size, HerdSize, n_cows | num 5-2000
feed cost ~ fodder cost / feed | feed_cost, FeedCost, fodder_usd | num 0-100000
breed ~ cattle breed | breed, Breed, cow_breed | cat holstein, jersey, mixed
pasture access ~ grazing / pasture | grazing, pasture_access, PastureAccess | bin
somatic cell count ~ SCC / milk quality | scc, somatic_cells, SomaticCellCount | num 0-1000
cow age ~ age | cow_age, CowAge, age | num 2-15
vet visits ~ veterinary visits | vet_visits, VetVisits, n_vet | num 0-30

= library services
extended opening hours ~ longer opening hours / extended hours | extended_hours, ExtendedHours, late_opening | bin
book loans ~ checkouts / loans | loans, book_loans, BookLoans, checkouts | num 0-100000
library visits ~ visits / footfall | visits, library_visits, LibraryVisits | num 0-200000
branch size ~ floor area | branch_sqft, BranchSize, floor_area | num 1000-100000
neighbourhood income ~ local income / area income | area_income, NeighborhoodIncome, local_income | num 15000-150000
branch type ~ library type | branch_type, BranchType, lib_type | cat central, community, mobile
events hosted ~ programmes / events | events, events_hosted, EventsHosted | num 0-500
free wifi ~ wifi / internet access | wifi, free_wifi, FreeWifi | bin
staff count ~ librarians / staff | staff, staff_count, StaffCount | num 1-100

= elder care
home visits ~ nurse home visits / visiting nurse | home_visits, HomeVisits, nurse_visits | bin
falls ~ number of falls / fall incidents | falls, n_falls, FallCount | num 0-20
resident age ~ age | age, resident_age, Age | num 60-105
mobility score ~ mobility / walking ability | mobility, mobility_score, MobilityScore | num 0-100
medications count ~ number of medications / polypharmacy | n_meds, MedicationCount, meds | num 0-25
living arrangement ~ lives alone / living situation | living, living_arrangement, LivingArrangement | cat alone, with_family, care_home
cognitive score ~ MMSE / cognition | mmse, cognitive_score, CognitiveScore | num 0-30
exercise class ~ balance class / exercise programme | exercise_class, ExerciseClass, balance_class | bin
hospital stays ~ hospitalisations / admissions | hosp_stays, HospitalStays, admissions | num 0-10

= solar adoption
solar panels ~ rooftop solar / PV system | solar, has_solar, SolarPanels, pv | bin
electricity bill ~ power bill / utility bill | elec_bill, ElectricityBill, power_bill | num 0-800
roof area ~ roof size | roof_m2, RoofArea, roof_size | num 20-500
solar rebate ~ subsidy / rebate | rebate, solar_rebate, SolarRebate | bin
household income ~ income | income, hh_income, HouseholdIncome | num 10000-300000
sunshine hours ~ sun hours / irradiance | sun_hours, SunshineHours, irradiance | num 1000-4000
house age ~ building age / age of home | house_age, HouseAge, bldg_age | num 0-120
ownership ~ tenure / owner-occupied | ownership, Ownership, tenure | cat owner, renter
neighbours with solar ~ peer adoption / solar neighbours | peer_solar, NeighborsWithSolar, peers | num 0-20

= museum visits
free admission ~ free entry / no ticket price | free_entry, FreeAdmission, free_admission | bin
visitor numbers ~ visitors / attendance | visitors, attendance, VisitorNumbers | num 0-100000
exhibition type ~ exhibition / show type | exhibition, exhibition_type, ExhibitionType | cat art, history, science
gift shop revenue ~ shop sales | shop_revenue, GiftShopRevenue, shop_sales | num 0-500000
school holidays ~ holiday period | school_holiday, SchoolHolidays, holidays | bin
temperature ~ weather / outdoor temperature | temp, temperature, Temperature | num -10-40
social media posts ~ posts / social campaign | posts, social_posts, SocialMediaPosts | num 0-200
average visit length ~ dwell time / visit duration | visit_minutes, VisitLength, dwell_time | num 10-300
member ~ membership / museum member | member, is_member, Member | bin

= fitness apps
goal setting feature ~ goals feature / goal reminders | goals, goal_setting, GoalSetting | bin
daily steps ~ step count / steps | steps, daily_steps, DailySteps | num 0-30000
active minutes ~ exercise minutes / activity | active_min, ActiveMinutes, activity | num 0-300
user weight ~ weight | weight_kg, UserWeight, weight | num 40-150
subscription tier ~ plan / subscription | tier, subscription, SubscriptionTier | cat free, plus, pro
wearable ~ smartwatch / fitness tracker | wearable, has_wearable, Wearable | bin
app sessions ~ sessions per week / app opens | sessions, app_sessions, AppSessions | num 0-70
user age ~ age | age, user_age, Age | num 16-80
retention ~ still active / retained | retained, retention, Retention | bin

= crowdfunding
video pitch ~ campaign video / pitch video | video, has_video, VideoPitch | bin
funds raised ~ amount raised / pledges | raised_usd, FundsRaised, pledged | num 0-1000000
funding goal ~ target amount / goal | goal_usd, FundingGoal, target | num 500-2000000
number of backers ~ backers / supporters | backers, n_backers, BackerCount | num 0-50000
campaign category ~ category / project type | category, CampaignCategory, project_type | cat tech, art, games
campaign length ~ duration / days live | duration_days, CampaignLength, days_live | num 1-90
creator experience ~ previous campaigns / past projects | prev_campaigns, CreatorExperience, past_projects | num 0-20
staff pick ~ featured / staff pick badge | staff_pick, StaffPick, featured | bin
reward tiers ~ number of rewards / tiers | reward_tiers, RewardTiers, n_tiers | num 1-20

= maternity care
midwife-led care ~ midwife care / midwifery | midwife, midwife_led, MidwifeLedCare | bin
birth weight ~ newborn weight / infant weight | birth_weight_g, BirthWeight, bw | num 500-5500
gestational age ~ weeks of gestation / gestation | gest_weeks, GestationalAge, ga_weeks | num 24-43
maternal age ~ mother's age | maternal_age, MaternalAge, mom_age | num 15-50
prenatal visits ~ antenatal visits / check-ups | prenatal_visits, PrenatalVisits, anc_visits | num 0-20
parity ~ previous births | parity, Parity, prev_births | num 0-8
caesarean ~ C-section / cesarean delivery | csection, caesarean, Caesarean | bin
smoking during pregnancy ~ maternal smoking | smoked, smoking_preg, MaternalSmoking | bin
delivery facility ~ facility type / hospital type | facility, facility_type, DeliveryFacility | cat hospital, birth_centre, home

= traffic safety
speed cameras ~ speed camera / enforcement cameras | speed_camera, SpeedCameras, cameras | bin
road crashes ~ collisions / accidents | crashes, n_crashes, RoadCrashes, accidents | num 0-300
average speed ~ mean speed / speed | avg_speed_kmh, AverageSpeed, speed | num 10-130
traffic flow ~ vehicles per hour / traffic | flow_vph, TrafficFlow, vph | num 0-5000
speed limit ~ posted limit / limit | speed_limit, SpeedLimit, limit_kmh | num 20-120
road surface ~ surface / pavement | surface, road_surface, RoadSurface | cat dry, wet, icy
street lighting ~ lighting / lit road | lit, street_lights, StreetLighting | bin
intersection density ~ junctions per km | junctions_km, IntersectionDensity, junction_density | num 0-20
night-time share ~ share of night driving | night_share, NightShare, night_pct | rate

= gaming monetisation
loot box discount ~ discounted loot boxes / item sale | lootbox_sale, LootBoxDiscount, item_discount | bin
in-app purchases ~ IAP revenue / purchases | iap_usd, InAppPurchases, purchases_usd | num 0-2000
play time ~ hours played / playtime | hours_played, PlayTime, playtime_hrs | num 0-500
player level ~ level / rank | level, player_level, PlayerLevel | num 1-100
platform ~ device / console | platform, Platform, device | cat pc, console, mobile
friends online ~ social connections / friends | friends, friends_online, FriendsOnline | num 0-200
daily login bonus ~ login reward / bonus | login_bonus, DailyLoginBonus, bonus | bin
player age ~ age | age, player_age, Age | num 10-70
churned player ~ churn / stopped playing | churned, churn, ChurnedPlayer | bin

= water quality
chlorination ~ chlorine treatment / disinfection | chlorination, chlorinated, Chlorination | bin
diarrhoea cases ~ diarrhea incidence / cases | diarrhea_cases, DiarrheaCases, cases | num 0-500
E. coli count ~ bacterial contamination / coliforms | ecoli, e_coli, EColiCount | num 0-1000
distance to water source ~ water source distance | water_dist_m, DistanceToWater, source_dist | num 0-5000
household size ~ family size | hh_size, HouseholdSize, family_size | num 1-15
water source ~ source type | water_source, WaterSource, source | cat piped, well, river
latrine ~ toilet / sanitation | latrine, has_toilet, Latrine | bin
rainfall ~ rain | rainfall, Rainfall, rain_mm | num 0-500
child under five ~ young child in household | under5, child_under_five, ChildUnderFive | bin

= energy markets
carbon tax ~ carbon price / emissions tax | carbon_tax, CarbonTax, co2_tax | bin
emissions ~ CO2 emissions / carbon emissions | co2_mt, Emissions, emissions | num 0-500
electricity price ~ power price / wholesale price | power_price, ElectricityPrice, price_mwh | num 0-300
renewable share ~ share of renewables / green share | renewable_share, RenewableShare, res_pct | rate
gdp growth ~ economic growth / GDP growth | gdp_growth, GDPGrowth, growth | num -10-10
industrial output ~ manufacturing output | industry_output, IndustrialOutput, mfg_index | num 50-150
country group ~ economy type | country_group, CountryGroup, economy | cat advanced, emerging, developing
coal capacity ~ coal plants / coal power | coal_gw, CoalCapacity, coal | num 0-300
fuel import dependence ~ import dependence | import_dep, ImportDependence, fuel_imports | rate

= legal services
legal aid ~ free lawyer / public defender | legal_aid, LegalAid, has_lawyer | bin
case outcome ~ won the case / favourable outcome | won, case_won, CaseOutcome | bin
case duration ~ days to resolution / duration | case_days, CaseDuration, days_open | num 1-2000
defendant age ~ age | age, defendant_age, Age | num 16-90
prior convictions ~ priors / criminal record | priors, prior_convictions, PriorConvictions | num 0-30
court ~ court type / jurisdiction | court, Court, jurisdiction | cat district, county, federal
bail amount ~ bail / bond | bail_usd, BailAmount, bond | num 0-100000
mediation ~ mediated settlement / mediation session | mediation, mediated, Mediation | bin
caseload ~ cases per judge | caseload, Caseload, cases_per_judge | num 10-1000

= advertising
tv advertising ~ TV ads / television campaign | tv_ads, TVAdvertising, tv | bin
brand awareness ~ awareness / aided recall | awareness, brand_awareness, BrandAwareness | rate
digital ad spend ~ online ad budget / digital spend | digital_spend, DigitalAdSpend, online_usd | num 0-1000000
market size ~ market population / audience size | market_size, MarketSize, audience_k | num 10-10000
sales lift ~ incremental sales / sales growth | sales_lift, SalesLift, sales_growth | num -20-50
media market ~ DMA / market | dma, media_market, MediaMarket | cat metro, regional, local
influencer posts ~ influencer campaign / sponsored posts | influencer, influencer_posts, InfluencerPosts | num 0-100
brand age ~ years since launch | brand_age, BrandAge, years_on_market | num 0-100
seasonal promotion ~ holiday promotion / promo | seasonal_promo, SeasonalPromotion, holiday_promo | bin

= veterinary
pet insurance ~ insured pet / insurance | insured, pet_insurance, PetInsurance | bin
vet bill ~ veterinary costs / treatment cost | vet_bill, VetBill, cost_usd | num 0-10000
pet age ~ age | age, pet_age, Age | num 0-20
species ~ animal / pet type | species, Species, pet_type | cat dog, cat, rabbit
vaccinated pet ~ vaccination / up to date on shots | vaccinated, pet_vaccinated, Vaccinated | bin
weight ~ body weight | weight_kg, Weight, body_kg | num 0.5-80
annual checkups ~ wellness exams / checkups | checkups, annual_checkups, AnnualCheckups | num 0-4
neutered ~ spayed / sterilised | neutered, is_neutered, Neutered | bin
emergency visits ~ ER visits | er_visits, EmergencyVisits, emergencies | num 0-10

= subscription boxes
personalised quiz ~ style quiz / personalisation | quiz, personalized, PersonalisedQuiz | bin
boxes kept ~ items kept / kept items | kept, items_kept, BoxesKept | num 0-10
subscription length ~ months subscribed / tenure | months_subscribed, SubscriptionLength, tenure | num 0-60
box price ~ price / plan price | box_price, BoxPrice, price | num 10-200
referral ~ referred customer / came by referral | referred, referral, Referral | bin
customer age ~ age | age, customer_age, Age | num 18-80
delivery frequency ~ frequency / cadence | frequency, delivery_frequency, DeliveryFrequency | cat weekly, monthly, quarterly
skip rate ~ skipped boxes / skips | skip_rate, SkipRate, skips | rate
customer lifetime value ~ CLV / lifetime value | clv, lifetime_value, CustomerLifetimeValue | num 0-5000

= parks and recreation
park renovation ~ park upgrade / renovated park | park_upgrade, ParkRenovation, renovated | bin
park visits ~ visitors / usage | park_visits, ParkVisits, usage | num 0-100000
child obesity rate ~ obesity / childhood obesity | obesity_rate, ChildObesity, obese_pct | rate
distance to park ~ park distance / walking distance | park_dist_m, DistanceToPark, walk_dist | num 0-5000
green space ~ green area / park area | green_m2, GreenSpace, park_area | num 0-1000000
neighbourhood income ~ area income | area_income, NeighborhoodIncome, local_income | num 15000-200000
playground ~ play area / playground equipment | playground, has_playground, Playground | bin
safety perception ~ feels safe / perceived safety | feels_safe, SafetyPerception, safety | num 1-10
district ~ borough | district, District, borough | cat north, south, central

= streaming services
autoplay ~ autoplay feature / auto-play next episode | autoplay, Autoplay, auto_next | bin
watch time ~ viewing hours / hours watched | watch_hours, WatchTime, hours_viewed | num 0-300
subscriber age ~ age | age, subscriber_age, Age | num 13-85
plan type ~ subscription plan / tier | plan, plan_type, PlanType | cat basic, standard, premium
recommendations clicked ~ recommendation clicks | rec_clicks, RecommendationsClicked, recs_clicked | num 0-200
profiles ~ number of profiles / household profiles | profiles, n_profiles, ProfileCount | num 1-6
device ~ screen / device type | device, Device, screen | cat tv, mobile, laptop
cancellation ~ cancelled / churn | cancelled, cancellation, Cancellation | bin
original content viewed ~ originals watched | originals, originals_viewed, OriginalContent | num 0-100

= food delivery
free delivery ~ no delivery fee / free shipping | free_delivery, FreeDelivery, no_fee | bin
order value ~ basket size / order amount | order_value, OrderValue, basket_usd | num 5-200
delivery time ~ minutes to deliver / ETA | delivery_min, DeliveryTime, eta_min | num 10-120
orders per month ~ order frequency / monthly orders | orders_month, OrdersPerMonth, frequency | num 0-60
customer rating ~ rating / stars | rating, customer_rating, Stars | num 1-5
cuisine ~ restaurant type / food type | cuisine, Cuisine, food_type | cat pizza, sushi, burgers
rainy day ~ rain / bad weather | rainy, rain, RainyDay | bin
distance to restaurant ~ distance | distance_km, DistanceToRestaurant, dist_km | num 0-20
courier tips ~ tips / tip amount | tips, tip_usd, CourierTips | num 0-30

= urban transport
bus lane ~ dedicated bus lane / bus priority | bus_lane, BusLane, bus_priority | bin
bus speed ~ average bus speed / travel speed | bus_speed_kmh, BusSpeed, avg_speed | num 5-50
ridership ~ passengers / boardings | ridership, boardings, Ridership | num 0-100000
route length ~ route distance / length | route_km, RouteLength, length_km | num 1-60
headway ~ minutes between buses / frequency | headway_min, Headway, frequency | num 2-60
time period ~ peak or off-peak / period | period, time_period, TimePeriod | cat peak, offpeak, night
fare ~ ticket price / fare level | fare, fare_usd, Fare | num 0-10
real-time information ~ live arrival screens / real time info | realtime_info, RealTimeInformation, live_info | bin
on-time rate ~ punctuality / reliability | ontime_rate, OnTimeRate, punctuality | rate

= nonprofit fundraising
matching gift ~ match offer / matching donation | match, matching_gift, MatchingGift | bin
donation amount ~ gift size / donation | donation, donation_usd, DonationAmount, gift | num 0-10000
donor age ~ age | age, donor_age, Age | num 18-100
past donations ~ previous gifts / giving history | past_gifts, PastDonations, prior_gifts | num 0-50
appeal channel ~ channel / contact channel | channel, appeal_channel, AppealChannel | cat mail, email, phone
monthly donor ~ recurring donor / sustaining donor | recurring, monthly_donor, MonthlyDonor | bin
donor income ~ income / wealth | income, donor_income, DonorIncome | num 10000-500000
thank-you call ~ thank you call / gratitude call | thank_you_call, ThankYouCall, thanked | bin
years since first gift ~ donor tenure | donor_tenure, YearsSinceFirstGift, tenure | num 0-40

= construction
safety training ~ site safety course / safety induction | safety_training, SafetyTraining, induction | bin
injuries ~ workplace injuries / accidents on site | injuries, n_injuries, Injuries | num 0-50
project cost overrun ~ cost overrun / budget overrun | overrun_pct, CostOverrun, budget_overrun | num -20-100
project size ~ contract value / budget | contract_usd, ProjectSize, budget | num 10000-100000000
crew size ~ workers on site / crew | crew_size, CrewSize, workers | num 2-500
project type ~ building type | project_type, ProjectType, building_type | cat residential, commercial, infrastructure
weather days lost ~ rain days / weather delays | weather_days, WeatherDaysLost, rain_days | num 0-60
bim use ~ building information modelling / BIM | bim, uses_bim, BIMUse | bin
subcontractors ~ number of subcontractors | n_subcontractors, Subcontractors, subs | num 0-50
"""

KINDS = ("num", "rate", "bin", "cat")


@dataclasses.dataclass(frozen=True, kw_only=True)
class CatalogVariable:
    """A variable of the corpus catalogue: how people call it, how tables name it, its type."""

    description: str
    synonyms: tuple[str, ...]
    names: tuple[str, ...]
    kind: str
    levels: tuple[str, ...] = ()
    low: float = 0.0
    high: float = 1.0

    @property
    def median(self) -> float:
        """A plausible median (the middle of the range), rounded as a person would."""
        mid = (self.low + self.high) / 2
        return round(mid, 2) if self.kind == "rate" or abs(mid) < 10 else float(round(mid))


@dataclasses.dataclass(frozen=True, kw_only=True)
class CatalogDomain:
    """A setting and its variables."""

    name: str
    variables: tuple[CatalogVariable, ...]


def _variable(line: str) -> CatalogVariable:
    try:
        words, names, kind = (part.strip() for part in line.split("|"))
    except ValueError:
        raise ValueError(f"catalogue line needs three '|' parts: {line!r}") from None
    description, *synonyms = (w.strip() for w in words.replace("~", "/").split("/"))
    fields: dict[str, object] = {}
    head, _, rest = kind.partition(" ")
    if head not in KINDS:
        raise ValueError(f"unknown kind {head!r} in {line!r}")
    if head == "cat":
        fields["levels"] = tuple(v.strip() for v in rest.split(","))
    elif head == "num":
        match = re.fullmatch(r"(-?[\d.]+)-(-?[\d.]+)", rest.strip())
        if match is None:
            raise ValueError(f"a numeric variable needs a range lo-hi: {line!r}")
        fields.update(low=float(match[1]), high=float(match[2]))
    elif head == "bin":
        fields["levels"] = ("0", "1")
    return CatalogVariable(
        description=description, synonyms=tuple(synonyms), names=tuple(n.strip() for n in names.split(",")), kind=head,
        **fields,  # type: ignore[arg-type]
    )


def _parse(text: str) -> tuple[CatalogDomain, ...]:
    domains: list[CatalogDomain] = []
    name, variables = "", []
    for raw in text.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("="):
            if name:
                domains.append(CatalogDomain(name=name, variables=tuple(variables)))
            name, variables = line.lstrip("= ").strip(), []
        else:
            variables.append(_variable(line))
    domains.append(CatalogDomain(name=name, variables=tuple(variables)))
    return tuple(domains)


CATALOG: tuple[CatalogDomain, ...] = _parse(_CATALOG)
"""Every domain of the corpus, in catalogue order."""
