#include "ingest/demo_catalogue.h"

namespace starcart::demo {

namespace {
const char* const kHomeDecor[] = {"HANGING HEART T-LIGHT HOLDER", "METAL LANTERN", "PHOTO FRAME",
                                  "WALL CLOCK", "CUSHION COVER", "DOORSTOP", "MIRROR, ROUND",
                                  "CANDLE HOLDER", "VASE", "SIGN, HOME SWEET HOME"};
const char* const kKitchen[] = {"CAKE STAND", "TEA TOWEL SET", "LUNCH BOX", "JAM MAKING SET",
                                "MUG", "BAKING SET", "CAKE CASES, PACK OF 60", "TEAPOT",
                                "STORAGE JAR", "APRON"};
const char* const kStationery[] = {"NOTEBOOK", "GIFT WRAP", "GREETING CARD", "PENCIL SET",
                                   "STICKER SHEET", "PAPER CHAIN KIT", "ENVELOPES, PACK OF 12",
                                   "JOURNAL", "BOOKMARK", "WRAPPING RIBBON"};
const char* const kToys[] = {"SPACEBOY PUZZLE", "DOLLY GIRL BEAKER", "JIGSAW", "SKIPPING ROPE",
                             "RAG DOLL", "TOY TIDY BAG", "PLAYING CARDS", "SPINNING TOP",
                             "DOMINOES", "BUILDING BLOCKS"};
const char* const kGarden[] = {"WATERING CAN", "PLANT POT", "BIRD FEEDER", "GARDEN KNEELER",
                               "HERB MARKERS", "GARDEN GLOVES", "SEED TIN", "WIND CHIME",
                               "BUNTING", "PARASOL"};
const char* const kBags[] = {"JUMBO BAG", "SHOPPER BAG", "LUNCH BAG", "PURSE", "WASH BAG",
                             "TOTE BAG", "CHARLOTTE BAG", "BACKPACK", "COIN PURSE", "SCARF"};
const char* const kLighting[] = {"STRING LIGHTS", "NIGHT LIGHT", "LAMP", "FAIRY LIGHTS",
                                 "LANTERN, BATTERY", "TEA LIGHTS, SET OF 12", "CANDLE",
                                 "LIGHT GARLAND", "TABLE LAMP", "LED STAR"};
const char* const kSeasonal[] = {"CHRISTMAS BAUBLE", "ADVENT CALENDAR", "STOCKING", "TREE TOPPER",
                                 "CHRISTMAS CRACKERS", "EASTER EGG HUNT KIT", "SNOW GLOBE",
                                 "WREATH", "CHRISTMAS TREE DECORATION", "GINGERBREAD MAN"};
}  // namespace

const CategoryDef kCategories[] = {
    {"Home Decor", kHomeDecor, 10, 85, 2495},
    {"Kitchen", kKitchen, 10, 42, 1895},
    {"Stationery", kStationery, 10, 29, 695},
    {"Toys & Games", kToys, 10, 65, 1495},
    {"Garden", kGarden, 10, 125, 2995},
    {"Bags & Accessories", kBags, 10, 165, 1995},
    {"Lighting", kLighting, 10, 145, 3995},
    {"Seasonal", kSeasonal, 10, 39, 1295},
};
const int kCategoryCount = 8;

const char* const kAdjectives[] = {"VINTAGE", "RETROSPOT", "REGENCY", "PAISLEY", "SPOTTY",
                                   "STRIPED", "FLORAL", "RUSTIC", "SCANDI", "WOODLAND",
                                   "ENAMEL", "GINGHAM"};
const int kAdjectiveCount = 12;
const char* const kColours[] = {"RED", "WHITE", "PINK", "BLUE", "GREEN", "IVORY", "BLACK", "GOLD"};
const int kColourCount = 8;

// 38 countries, weights per 10,000 lines of new customers.
const Weighted kCountries[] = {
    {"United Kingdom", 3900}, {"Germany", 900}, {"France", 800}, {"Netherlands", 420},
    {"Ireland", 380}, {"United States", 560}, {"Spain", 330}, {"Belgium", 280},
    {"Switzerland", 240}, {"Italy", 240}, {"Portugal", 190}, {"Australia", 230},
    {"Sweden", 170}, {"Norway", 140}, {"Denmark", 120}, {"Austria", 120},
    {"Finland", 100}, {"Poland", 90}, {"Canada", 180}, {"Japan", 130},
    {"Brazil", 150}, {"Greece", 50}, {"Czech Republic", 40}, {"Iceland", 20},
    {"Israel", 40}, {"Singapore", 50}, {"Cyprus", 30}, {"Malta", 20},
    {"Lithuania", 20}, {"United Arab Emirates", 40}, {"South Africa", 30}, {"Saudi Arabia", 10},
    {"Lebanon", 10}, {"Bahrain", 10}, {"Mexico", 40}, {"New Zealand", 50},
    {"Hong Kong", 30}, {"South Korea", 40},
};
const int kCountryCount = 38;

const Weighted kChannels[] = {
    {"Organic search", 3000}, {"Direct", 2000}, {"Email", 2000},
    {"Paid search", 1500}, {"Social", 1000}, {"Affiliate", 500},
};
const int kChannelCount = 6;

const Weighted kPayments[] = {
    {"Card", 5500}, {"PayPal", 2500}, {"Bank transfer", 800}, {"Apple Pay", 700}, {"Gift card", 500},
};
const int kPaymentCount = 5;

const char* const kSuppliers[] = {
    "Hearth & Home Ltd", "Lantern Lane", "Northwood Interiors",      // Home Decor
    "Brightkitchen Co", "Hearth & Home Ltd", "Pantry Works",         // Kitchen
    "Papercraft Mills", "Inkwell Trading", "Pantry Works",           // Stationery
    "Toybox Imports", "Woodland Toys", "Inkwell Trading",            // Toys & Games
    "Greenthumb Supply", "Northwood Interiors", "Woodland Toys",     // Garden
    "Satchel & Strap", "Toybox Imports", "Lantern Lane",             // Bags & Accessories
    "Lumen Trading", "Lantern Lane", "Brightkitchen Co",             // Lighting
    "Festive Goods Ltd", "Papercraft Mills", "Lumen Trading",        // Seasonal
};
const int kSuppliersPerCategory = 3;

const int kSeasonality[12] = {80, 78, 90, 88, 95, 90, 88, 94, 112, 124, 185, 140};

}  // namespace starcart::demo
