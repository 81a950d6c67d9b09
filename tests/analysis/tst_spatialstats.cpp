// SPDX-License-Identifier: GPL-3.0-or-later
// Moran's I, LISA and Getis-Ord Gi* against hand-worked lattices and against the Columbus
// (Ohio) crime data set of Anselin (1988), the reference example of PySAL and GeoDa.
//
// Reference values marked "libpysal" were generated ONCE on Debian 12 with python3-libpysal 4.7
// and numpy (esda is not packaged, so the statistics are the esda formulas written in numpy
// over libpysal weights); the tests never run Python. Exact script (/usr/bin/python3 -W ignore):
//
//   import numpy as np, libpysal
//   from libpysal.weights import Queen, lat2W, DistanceBand
//   def moran(y, w):                       # esda.Moran formulas, row-standardised weights
//       w.transform = "r"; W = w.full()[0]; n = len(y); z = y - y.mean()
//       s0 = W.sum(); s1 = 0.5*((W + W.T)**2).sum(); s2 = ((W.sum(1) + W.sum(0))**2).sum()
//       I = n/s0 * z @ W @ z / (z @ z); EI = -1/(n - 1)
//       VIn = (n*n*s1 - n*s2 + 3*s0*s0)/((n*n - 1)*s0*s0) - EI**2
//       k = (np.sum(z**4)/n)/((np.sum(z**2)/n)**2)
//       VIr = ((n*((n*n - 3*n + 3)*s1 - n*s2 + 3*s0**2) - k*((n*n - n)*s1 - 2*n*s2 + 6*s0**2))
//              / ((n - 1)*(n - 2)*(n - 3)*s0**2) - EI**2)
//       return [I, EI, VIn, (I - EI)/np.sqrt(VIn), VIr, (I - EI)/np.sqrt(VIr)]
//   def lisa(y, w):                        # esda.Moran_Local: I_i and quadrant q
//       w.transform = "r"; W = w.full()[0]; n = len(y); z = (y - y.mean())/y.std(); lag = W @ z
//       return (n - 1)*z*lag/(z @ z), np.where(z > 0, np.where(lag > 0, 1, 4), np.where(lag > 0, 2, 3))
//   def gistar(y, w):                      # Getis-Ord Gi*, binary weights + self
//       w.transform = "b"; W = w.full()[0] + np.eye(w.n); n = len(y); xb = y.mean()
//       S = np.sqrt((y**2).mean() - xb**2); Wi = W.sum(1); S1 = (W**2).sum(1)
//       return (W @ y - xb*Wi)/(S*np.sqrt((n*S1 - Wi**2)/(n - 1)))
//   w = Queen.from_shapefile(libpysal.examples.get_path("columbus.shp"))
//   crime = np.array(libpysal.io.open(libpysal.examples.get_path("columbus.dbf")).by_col("CRIME"))
//   pts = [(x, y) for y in range(5) for x in range(5)]
//   db = DistanceBand(pts, threshold=1.5, binary=True, silence_warnings=True)
//   y5 = np.array([3,0,1,0,2, 5,7,2,1,0, 9,8,4,0,1, 6,5,2,1,0, 2,1,0,0,3], dtype=float)
//   F = lambda v: ", ".join("%.17g" % x for x in v)
//   print("Q", "; ".join(" ".join(map(str, sorted(w.neighbors[i]))) for i in range(w.n)))
//   print("CRIME", F(crime)); print("MORAN", F(moran(crime, w)))
//   I, q = lisa(crime, w); print("LISA_I", F(I)); print("LISA_Q", ", ".join(map(str, q)))
//   print("GISTAR", F(gistar(crime, w)))
//   print("LAT4_MORAN", F(moran(np.arange(1, 17, dtype=float), lat2W(4, 4, rook=True))))
//   print("DB_GISTAR", F(gistar(y5, db))); print("DB_MORAN", F(moran(y5, db)))
//
// Published cross-check: Moran's I of CRIME with queen contiguity = 0.500189 (PySAL/esda
// documentation example and GeoDa's Columbus workbook), reproduced below.
#include "getisord.h"
#include "globalmoran.h"
#include "grid.h"
#include "localmoran.h"
#include "significance.h"
#include "spatialweights.h"

#include <QTest>

#include <cmath>

using namespace phenomap;

namespace {

// libpysal: Queen.from_shapefile(columbus.shp).neighbors, ids in shapefile order ("Q" line).
const std::vector<std::vector<int>> kColumbusQueen{{1,2}, {0,2,3}, {0,1,3,4}, {1,2,4,7}, {2,3,5,7,8,10,14,15}, {4,8}, {7,11,12,13}, {3,4,6,10,11,12}, {4,5,9,14,19,21,24,25}, {8,16,19,21}, {4,7,11,14,15}, {6,7,10,12,13,15}, {6,7,11,13}, {6,11,12,15,17,18}, {4,8,10,15,24,25}, {4,10,11,13,14,17,23,24}, {9,19,22}, {13,15,18,23}, {13,17,23}, {8,9,16,21,22,26,31,32,34,39}, {23,29,33}, {8,9,19,25,26,27}, {16,19,31}, {15,17,18,20,24,28,29}, {8,14,15,23,25,27,28,29}, {8,14,21,24,27,28}, {19,21,27,32}, {21,24,25,26,28,32,34,36,37}, {23,24,25,27,29,36,37}, {20,23,24,28,36}, {33,35,38}, {19,22,39,40}, {19,26,27,34}, {20,30,35,41}, {19,27,32,37,39,42,43}, {30,33,38,41,45}, {27,28,29,37,42,44}, {27,28,34,36,42,43}, {30,35,45}, {19,31,34,40,46}, {31,39,46}, {33,35}, {34,36,37,43,44,47}, {34,37,42,47,48}, {36,42,47,48}, {35,38}, {39,40}, {42,43,44,48}, {43,44,47}};
// columbus.dbf CRIME (residential burglaries and vehicle thefts per 1000 households).
const std::vector<double> kColumbusCrime{15.72598, 18.801753999999999, 30.626781000000001, 32.38776, 50.73151, 26.066658, 0.17826900000000001, 38.425857999999998, 30.515917000000002, 34.000835000000002, 62.275447999999997, 56.705669, 46.716129000000002, 57.066132000000003, 48.585487000000001, 54.838711000000004, 36.868774000000002, 43.962485999999998, 54.521965000000002, 0.223797, 40.074074000000003, 33.705047999999998, 20.048504000000001, 38.297871000000001, 61.299174999999998, 40.969741999999997, 52.794429999999998, 56.919784999999997, 60.750445999999997, 68.892043999999999, 17.677213999999999, 19.145592000000001, 41.968162999999997, 23.974028000000001, 39.175052999999998, 14.305555999999999, 42.445076, 53.710937999999999, 19.100863, 16.241299000000001, 18.905145999999998, 16.491890000000001, 36.663612000000001, 25.962263, 29.028487999999999, 16.530532999999998, 27.822861, 26.645265999999999, 22.541491000000001};
// libpysal: I, EI, VI_norm, z_norm, VI_rand, z_rand ("MORAN" line).
const std::vector<double> kColumbusMoran{0.50018855718286115, -0.020833333333333332, 0.0085634131194049796, 5.6303127877381884, 0.0086892892013320441, 5.5893826750445097};
const std::vector<double> kColumbusLisaI{0.7217813785551247, 0.51798564564829386, 0.091935420403201143, 0.0047225795541710911, 0.29741008138980546, -0.17786499619074278, -1.8226162046416023, 0.075021078775330943, -0.029970692178271193, 0.039486614737131956, 1.4281620410442728, 0.6259090839914111, 0.12272408557900487, 0.60270665248968014, 0.71984709524097157, 1.2134907377351392, -0.10588861575328182, 0.5064992407564094, 0.78367946979915248, 0.33444224299251846, 0.15177730095556091, -0.0039426549012715299, 0.8824647864966102, 0.22386322738913539, 1.3874392076001985, 0.28166314212846127, -0.1214435123100447, 0.95701506529018743, 1.5248566850399865, 1.6213925321650196, 0.99749216593154288, 1.214551872686322, 0.052509689048072197, 0.51763677988340429, -0.029342991932512684, 1.2178702258609531, 0.41460931666977113, 0.56575976124933858, 1.0853353608025116, 0.94951627604321631, 0.81470497347304227, 1.0643786175064516, 0.0056594957872449659, -0.020249261859923064, 0.066567027008042776, 1.2240369331415077, 0.45813416645868998, 0.19938579540442164, 0.3559458218336769};
const std::vector<int> kColumbusLisaQ{3, 3, 3, 3, 1, 2, 2, 1, 2, 3, 1, 1, 1, 1, 1, 1, 4, 1, 1, 3, 1, 2, 3, 1, 1, 1, 4, 1, 1, 1, 3, 3, 1, 3, 4, 3, 1, 1, 3, 3, 3, 3, 1, 2, 3, 3, 3, 3, 3};
const std::vector<double> kColumbusGiStar{-1.4327796539664277, -1.3400080974641631, -0.7719986809531133, -0.13173336449050702, 1.2853627984373428, 0.0686480438110907, 0.66136483774786092, 1.0130239506166283, 0.21914344323292378, -1.1375276633502849, 2.6251508472892371, 1.7153665449077791, 0.66136483774786092, 1.6612772380224416, 2.5207759181422325, 3.4750513561601228, -1.5395877595081073, 2.0602281936926441, 1.6630635488503152, -1.2631457746703276, 0.9580126064234562, 0.078755149141200742, -2.002812025236806, 3.2710944318080859, 3.1951716145533093, 2.1189129279010097, 0.28112885378398766, 2.8058612875858491, 3.2860702391025698, 2.6302559050411549, -2.0411355586805984, -2.8510231765798624, 0.43541402141251112, -1.7803803143238714, -0.2348266362651372, -2.6747191516661899, 2.5011199642272794, 1.7012384063841464, -2.2732426676541939, -2.3248284329534434, -1.8210729567158639, -1.8025506299170739, 0.18857904424146069, -0.15821062117997911, -0.51673317365596261, -1.9747223393608555, -1.5106014466942168, -0.98164199306190669, -1.1331046537194975};
// libpysal lat2W(4, 4, rook=True), y = 1..16 row by row ("LAT4_MORAN" line).
const std::vector<double> kLattice4Moran{0.75000000000000022, -0.066666666666666666, 0.034839324618736379, 4.3753214530542195, 0.037439542483660125, 4.2206521735648614};
// libpysal DistanceBand(5x5 unit lattice, threshold 1.5, binary) ("DB_GISTAR", "DB_MORAN").
const std::vector<double> kBandY{3, 0, 1, 0, 2, 5, 7, 2, 1, 0, 9, 8, 4, 0, 1, 6, 5, 2, 1, 0, 2, 1, 0, 0, 3};
const std::vector<double> kBandGiStar{0.99048714367782897, 0.49769519195716916, -0.71198062182761734, -1.5760347745310364, -1.4253351579754125, 2.9170468195267421, 2.509356074254709, 0.049203060279504135, -1.7959117002018994, -1.921656435612404, 4.2995334638522129, 3.8931921446157616, 1.1255200038936561, -1.7959117002018994, -2.0944672661530879, 2.7442359889860586, 2.2018369475078083, -0.25831606646739647, -1.7959117002018994, -1.74884560507172, 0.78916861854005882, 0.15207353087580155, -1.0576022829089851, -1.5760347745310364, -1.2240166328376423};
const std::vector<double> kBandMoran{0.50260818580723265, -0.041666666666666664, 0.0113241452991453, 5.1146456694385414, 0.011251565659245562, 5.1311154846742317};

SpatialWeights lattice4Rook()
{
    Grid grid(Grid::Shape::Square, 1.0, Envelope{0, 4, 0, 4});
    return SpatialWeights::gridContiguity(grid, false);
}

std::vector<double> oneTo16()
{
    std::vector<double> y;
    for (int i = 1; i <= 16; ++i)
        y.push_back(i);
    return y;
}

} // namespace

class TestSpatialStats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lattice4MoranByHand()
    {
        // 4x4 rook lattice, y = 1..16 row by row, z = y - 8.5, sum z^2 = 340.
        // Binary weights: 24 edges, S0 = 48. Horizontal edges in a row with first z = a:
        // sum (a+c)(a+c+1), c = 0..2 = 3a^2 + 9a + 8; a = -7.5, -3.5, 0.5, 4.5 -> 245.
        // Vertical edges in a column with b = c - 7.5: sum (4r+b)(4r+4+b), r = 0..2
        // = 3b^2 + 36b + 128; b = -7.5 .. -4.5 -> 95. So z'Wz = 2 (245 + 95) = 680 and
        // I = n/S0 * z'Wz / z'z = 16/48 * 680/340 = 2/3.
        SpatialWeights w = lattice4Rook();
        QCOMPARE(w.s0(), 48.0);
        GlobalMoran::Result r = GlobalMoran::compute(oneTo16(), w, 0);
        QVERIFY(std::fabs(r.I - 2.0 / 3.0) < 1e-12);
        QCOMPARE(r.EI, -1.0 / 15.0);
        // Row-standardised: libpysal reference.
        w.setTransform(SpatialWeights::Transform::RowStandardised);
        r = GlobalMoran::compute(oneTo16(), w, 0);
        const double got[] = {r.I, r.EI, r.VI_norm, r.z_norm, r.VI_rand, r.z_rand};
        for (int i = 0; i < 6; ++i)
            QVERIFY2(std::fabs(got[i] - kLattice4Moran[std::size_t(i)]) < 1e-12, qPrintable(QString::number(i)));
        // Two-sided normal p-value of z_norm.
        QVERIFY(std::fabs(r.p_norm - std::erfc(r.z_norm / std::sqrt(2.0))) < 1e-15);
    }

    void lattice4GiStarByHand()
    {
        // Cell 0 (value 1) with itself and rook neighbours 1 and 4 (values 2, 5): sum 8, W = 3,
        // S1 = 3. xbar = 8.5, S = sqrt(sum y^2 / n - xbar^2) = sqrt(1496/16 - 72.25) = sqrt(21.25).
        // z = (8 - 8.5 * 3) / (sqrt(21.25) * sqrt((16*3 - 9) / 15)) = -17.5 / 7.43303... = -2.354355
        const GetisOrd::Result r = GetisOrd::compute(oneTo16(), lattice4Rook());
        const double expected = -17.5 / (std::sqrt(21.25) * std::sqrt(39.0 / 15.0));
        QVERIFY(std::fabs(r.z[0] - expected) < 1e-12);
        QVERIFY(std::fabs(r.z[0] - (-2.35435477898709)) < 1e-12); // libpysal formula, same case
        QCOMPARE(r.hotCold[0], qint8(-2));                         // p = 0.0186: cold at 95 %
        QCOMPARE(r.hotCold[15], qint8(2));                         // symmetric hot corner
    }

    void lattice4LisaQuadrants()
    {
        // By hand: cell 0 (1, below the mean 8.5) has neighbours 2 and 5, both below: LL.
        // Cell 3 (4) has neighbours 3 and 8, both below 8.5: LL. Cell 15 (16): HH.
        SpatialWeights w = lattice4Rook();
        w.setTransform(SpatialWeights::Transform::RowStandardised);
        const LocalMoran::Result r = LocalMoran::compute(oneTo16(), w, 99, 7);
        QCOMPARE(int(r.quadrant[0]), int(LocalMoran::LowLow));
        QCOMPARE(int(r.quadrant[3]), int(LocalMoran::LowLow));
        QCOMPARE(int(r.quadrant[15]), int(LocalMoran::HighHigh));
        // I_0 = (n-1) z_0 lag_0 / sum z^2 with z standardised: z_0 = -7.5/sqrt(21.25),
        // lag_0 = (-6.5 - 3.5)/2 / sqrt(21.25), sum z^2 = 16 -> 15 * 37.5 / 21.25 / 16 = 1.654412
        QVERIFY(std::fabs(r.I[0] - 15.0 * 37.5 / 21.25 / 16.0) < 1e-12);
    }

    void columbusMoran()
    {
        SpatialWeights w = SpatialWeights::fromNeighbours(kColumbusQueen, SpatialWeights::Kind::Queen);
        w.setTransform(SpatialWeights::Transform::RowStandardised);
        const GlobalMoran::Result r = GlobalMoran::compute(kColumbusCrime, w, 999, 12345);
        QVERIFY(std::fabs(r.I - 0.500189) < 5e-7); // published value
        const double got[] = {r.I, r.EI, r.VI_norm, r.z_norm, r.VI_rand, r.z_rand};
        for (int i = 0; i < 6; ++i)
            QVERIFY2(std::fabs(got[i] - kColumbusMoran[std::size_t(i)]) < 1e-12 * std::max(1.0, std::fabs(got[i])),
                     qPrintable(QString::number(i)));
        // I is far in the tail of 999 permutations: pseudo p-value at its minimum.
        QCOMPARE(r.p_sim, 1.0 / 1000.0);
        QVERIFY(std::fabs(r.EI_sim - r.EI) < 0.01);
    }

    void columbusLisa()
    {
        SpatialWeights w = SpatialWeights::fromNeighbours(kColumbusQueen);
        w.setTransform(SpatialWeights::Transform::RowStandardised);
        const LocalMoran::Result r = LocalMoran::compute(kColumbusCrime, w, 999, 12345);
        for (std::size_t i = 0; i < kColumbusCrime.size(); ++i) {
            QVERIFY2(std::fabs(r.I[i] - kColumbusLisaI[i]) < 1e-12, qPrintable(QString::number(i)));
            QCOMPARE(int(r.quadrant[i]), kColumbusLisaQ[i]);
            QVERIFY(r.pSim[i] >= 1.0 / 1000 && r.pSim[i] <= 0.5 + 1e-12);
        }
        QVERIFY(r.significant() > 0);
    }

    void columbusGiStar()
    {
        const SpatialWeights w = SpatialWeights::fromNeighbours(kColumbusQueen).withSelf();
        const GetisOrd::Result r = GetisOrd::compute(kColumbusCrime, w);
        for (std::size_t i = 0; i < kColumbusCrime.size(); ++i)
            QVERIFY2(std::fabs(r.z[i] - kColumbusGiStar[i]) < 1e-12, qPrintable(QString::number(i)));
        for (std::size_t i = 0; i < r.z.size(); ++i) {
            const double a = std::fabs(r.z[i]);
            const int level = a >= 2.5758293035489 ? 3 : a >= 1.959963984540 ? 2 : a >= 1.644853626951 ? 1 : 0;
            QCOMPARE(std::abs(int(r.hotCold[i])), level);
        }
    }

    void distanceBandOnGrid()
    {
        // 5x5 cells of size 1: centres form the unit lattice of the libpysal reference.
        Grid grid(Grid::Shape::Square, 1.0, Envelope{0, 5, 0, 5});
        SpatialWeights w = SpatialWeights::gridDistanceBand(grid, 1.5);
        const int card[] = {3, 5, 5, 5, 3, 5, 8, 8, 8, 5, 5, 8, 8, 8, 5, 5, 8, 8, 8, 5, 3, 5, 5, 5, 3}; // libpysal
        for (int i = 0; i < 25; ++i)
            QCOMPARE(w.cardinality(i), card[i]);
        const GetisOrd::Result g = GetisOrd::compute(kBandY, w.withSelf());
        for (std::size_t i = 0; i < 25; ++i)
            QVERIFY(std::fabs(g.z[i] - kBandGiStar[i]) < 1e-12);
        w.setTransform(SpatialWeights::Transform::RowStandardised);
        const GlobalMoran::Result m = GlobalMoran::compute(kBandY, w, 0);
        const double got[] = {m.I, m.EI, m.VI_norm, m.z_norm, m.VI_rand, m.z_rand};
        for (int i = 0; i < 6; ++i)
            QVERIFY(std::fabs(got[i] - kBandMoran[std::size_t(i)]) < 1e-12);
    }

    void permutationsAreReproducible()
    {
        SpatialWeights w = SpatialWeights::fromNeighbours(kColumbusQueen);
        w.setTransform(SpatialWeights::Transform::RowStandardised);
        std::vector<double> noise; // a weakly structured variable, so p-values are not all minimal
        for (std::size_t i = 0; i < kColumbusCrime.size(); ++i)
            noise.push_back(std::fmod(kColumbusCrime[i] * 7.31, 10.0));
        const GlobalMoran::Result a = GlobalMoran::compute(noise, w, 999, 42, nullptr, 1);
        const GlobalMoran::Result b = GlobalMoran::compute(noise, w, 999, 42, nullptr, 2);
        const GlobalMoran::Result c = GlobalMoran::compute(noise, w, 999, 43, nullptr, 2);
        QVERIFY(a.sims == b.sims); // bit-identical across thread counts
        QCOMPARE(a.p_sim, b.p_sim);
        QVERIFY(a.sims != c.sims);
        const LocalMoran::Result la = LocalMoran::compute(noise, w, 999, 42, Significance::Correction::None, 0.05, nullptr, 1);
        const LocalMoran::Result lb = LocalMoran::compute(noise, w, 999, 42, Significance::Correction::None, 0.05, nullptr, 2);
        const LocalMoran::Result lc = LocalMoran::compute(noise, w, 999, 43, Significance::Correction::None, 0.05, nullptr, 2);
        QVERIFY(la.pSim == lb.pSim);
        QVERIFY(la.pSim != lc.pSim);
    }

    void corrections()
    {
        // By hand, m = 4, sorted p: 0.005, 0.01, 0.03, 0.04 -> m p / rank = 0.02, 0.02, 0.04, 0.04,
        // already monotone, so BH q-values are those; Bonferroni is min(1, 4 p).
        const std::vector<double> p{0.01, 0.04, 0.03, 0.005};
        const auto q = Significance::adjust(p, Significance::Correction::Fdr);
        const double expectQ[] = {0.02, 0.04, 0.04, 0.02};
        const auto b = Significance::adjust(p, Significance::Correction::Bonferroni);
        const double expectB[] = {0.04, 0.16, 0.12, 0.02};
        for (int i = 0; i < 4; ++i) {
            QVERIFY(std::fabs(q[std::size_t(i)] - expectQ[i]) < 1e-15);
            QVERIFY(std::fabs(b[std::size_t(i)] - expectB[i]) < 1e-15);
        }
        // Step-up monotonicity: p = 0.01, 0.02, 0.029 (m = 3) -> 0.03, 0.03, 0.029 -> min from the top.
        const auto q2 = Significance::adjust({0.029, 0.01, 0.02}, Significance::Correction::Fdr);
        QVERIFY(std::fabs(q2[0] - 0.029) < 1e-15 && std::fabs(q2[1] - 0.029) < 1e-15 && std::fabs(q2[2] - 0.029) < 1e-15);
        QVERIFY(std::fabs(Significance::twoSidedP(1.959963984540054) - 0.05) < 1e-12);
        // Gi* classes use the adjusted p-values: with Bonferroni on Columbus fewer cells stay hot.
        const SpatialWeights w = SpatialWeights::fromNeighbours(kColumbusQueen).withSelf();
        const auto none = GetisOrd::compute(kColumbusCrime, w);
        const auto bonf = GetisOrd::compute(kColumbusCrime, w, Significance::Correction::Bonferroni);
        int sigNone = 0, sigBonf = 0;
        for (std::size_t i = 0; i < none.z.size(); ++i) {
            sigNone += none.hotCold[i] != 0;
            sigBonf += bonf.hotCold[i] != 0;
        }
        QVERIFY(sigBonf < sigNone);
    }
};

QTEST_GUILESS_MAIN(TestSpatialStats)
#include "tst_spatialstats.moc"
